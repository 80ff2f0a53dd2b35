package uk.practiceconnect.sandbox.emis.control;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import uk.practiceconnect.sandbox.emis.entity.NhsNumber;
import uk.practiceconnect.sandbox.emis.entity.PatientDetails;

/**
 * Made-up patients that look real enough for a demo but cannot be anyone: NHS numbers from the 999
 * test range (valid check digits), mobiles from Ofcom's drama range 07700 900000-900999, and names
 * drawn at random. Some surnames carry accents so that matching can be tried on them.
 */
public final class DemoPeople {

  static final List<String> WOMEN =
      List.of(
          "Olivia",
          "Amelia",
          "Isla",
          "Ava",
          "Mia",
          "Grace",
          "Freya",
          "Aisha",
          "Zara",
          "Niamh",
          "Siân",
          "Chloé",
          "Margaret",
          "Joan",
          "Priya",
          "Fatima",
          "Emily",
          "Ruth",
          "Agnieszka",
          "Hannah");
  static final List<String> MEN =
      List.of(
          "Oliver",
          "George",
          "Noah",
          "Arthur",
          "Muhammad",
          "Leo",
          "Harry",
          "Oscar",
          "Jack",
          "Rhys",
          "Dafydd",
          "Seán",
          "Tomasz",
          "Kwame",
          "Arjun",
          "Ibrahim",
          "David",
          "Peter",
          "Ewan",
          "Callum");
  static final List<String> SURNAMES =
      List.of(
          "Smith",
          "Jones",
          "Taylor",
          "Brown",
          "Williams",
          "Wilson",
          "Evans",
          "Davies",
          "Patel",
          "Khan",
          "Ahmed",
          "Begum",
          "Murphy",
          "O'Neill",
          "Ó Briain",
          "Nowak",
          "Kowalczyk",
          "Brontë",
          "Núñez",
          "Thompson",
          "Roberts",
          "Walker",
          "Wright",
          "Hughes",
          "Green",
          "Okafor",
          "Mensah",
          "Singh",
          "Campbell",
          "MacLeod");
  static final List<String> OUTWARD_CODES =
      List.of("LS6", "M14", "B15", "NE6", "BS7", "CF24", "SW9", "EH7", "G12", "NG7", "L17", "S10");
  private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  private final RandomGenerator random;
  private final LocalDate today;

  public DemoPeople(RandomGenerator random, LocalDate today) {
    this.random = random;
    this.today = today;
  }

  public NhsNumber nhsNumber() {
    return NhsNumber.random(random);
  }

  public PatientDetails patient() {
    boolean woman = random.nextBoolean();
    LocalDate born = today.minusDays(random.nextInt(1, 90 * 365));
    int age = born.until(today).getYears();
    String title =
        age < 16
            ? (woman ? "Miss" : "Master")
            : woman
                ? pick(List.of("Mrs", "Ms", "Miss", "Dr"))
                : pick(List.of("Mr", "Mr", "Mr", "Dr"));
    String forenames = woman ? pick(WOMEN) : pick(MEN);
    if (random.nextInt(4) == 0) {
      forenames = forenames + " " + (woman ? pick(WOMEN) : pick(MEN));
    }
    return new PatientDetails(
        title,
        forenames,
        pick(SURNAMES),
        born,
        pick(OUTWARD_CODES) + " " + postcodeInward(),
        mobile(),
        random.nextInt(10) != 0);
  }

  /** A number in Ofcom's range for drama: it reaches no one. */
  public String mobile() {
    return String.format("07700900%03d", random.nextInt(1000));
  }

  private String postcodeInward() {
    return random.nextInt(10)
        + ""
        + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
        + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
