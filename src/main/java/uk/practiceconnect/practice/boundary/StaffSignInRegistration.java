package uk.practiceconnect.practice.boundary;

import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import uk.practiceconnect.practice.control.UserIdentityStore;

/** Hands the server the staff sign-in ({@link StaffSignInModule}) when the application starts. */
@WebListener
public class StaffSignInRegistration implements ServletContextListener {

  @Inject UserIdentityStore users;
  private String registration;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    registration =
        AuthConfigFactory.getFactory()
            .registerServerAuthModule(new StaffSignInModule(users), event.getServletContext());
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (registration != null) {
      AuthConfigFactory.getFactory().removeRegistration(registration);
    }
  }
}
