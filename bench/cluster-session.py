"""A practice manager halfway through a form when their instance dies (bench/cluster.sh).

Signs in on instance A, opens the Feature settings page and fills the "How patients reach you" form;
A is then killed (SIGKILL) by the caller; the same browser session (its cookie, the page's view
state) sends the form to instance B. Passes when B answers without asking to sign in again, keeps
the page's state and saves the change. Usage: cluster-session.py BASE_A BASE_B KILL_CMD...
"""
import re
import subprocess
import sys
import time

import requests

a, b, kill = sys.argv[1], sys.argv[2], sys.argv[3:]
s = requests.Session()


def view_state(html):
    return re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"', html).group(1)


def nonce(html):
    found = re.search(r'nonce="([^"]+)"', html)
    return {"primefaces.nonce": found.group(1)} if found else {}


def same_site(base):
    return {"Origin": base, "Sec-Fetch-Site": "same-origin"}


login = s.get(f"{a}/login.xhtml")
signed = s.post(f"{a}/login.xhtml", headers=same_site(a), allow_redirects=True, data={
    "login": "login", "login:username": "riverside.manager",
    "login:password": "demo-password-1", "login:submit": "",
    "jakarta.faces.ViewState": view_state(login.text), **nonce(login.text)})
assert "login:username" not in signed.text, "could not sign in on A"
page = s.get(f"{a}/practice/settings.xhtml?ods=A81001")
assert page.status_code == 200 and "contactForm" in page.text, page.status_code
state = {"jakarta.faces.ViewState": view_state(page.text), **nonce(page.text)}
phone = "01632 960 %03d" % (int(time.time()) % 1000)
print(f"signed in on A, settings page open, typing phone {phone}; killing A")
subprocess.run(kill, check=True)
time.sleep(1)
started = time.time()
answer = s.post(f"{b}/practice/settings.xhtml?ods=A81001", headers={
    **same_site(b), "Faces-Request": "partial/ajax"}, data={
    "jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "contactForm:saveContact",
    "jakarta.faces.partial.execute": "contactForm", "jakarta.faces.partial.render": "contactForm",
    "contactForm": "contactForm", "contactForm:phone": phone,
    "contactForm:address": "1 Riverside Road, Exampleton EX1 2AB", "contactForm:saveContact": "",
    **state}, allow_redirects=False)
took = time.time() - started
asked_to_sign_in = answer.status_code in (301, 302, 303) or "login.xhtml" in answer.text
expired = "ViewExpired" in answer.text or "expired" in answer.text.lower()
time.sleep(1.2)  # a practice is cached for up to a second
after = s.get(f"{b}/practice/settings.xhtml?ods=A81001", allow_redirects=False)
saved = "Saved." in answer.text and after.status_code == 200 and phone in after.text
print(f"form sent to B: HTTP {answer.status_code} in {took:.2f} s; asked to sign in again: "
      f"{asked_to_sign_in}; page state lost: {expired}; change saved and shown on B: {saved}")
if not saved:
    print("B answered:", re.sub(r"\s+", " ", answer.text)[:300])
    print("page read again on B:", after.status_code, after.headers.get("Location"))
sys.exit(0 if (answer.status_code == 200 and not asked_to_sign_in and not expired and saved) else 1)
