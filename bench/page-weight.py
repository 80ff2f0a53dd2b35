"""What a staff member's browser downloads: the sign-in page and the first staff page after it with
an empty cache (a first visit), then another staff page and a reload (repeat visits), summed from
the browser's own resource timing (bytes on the wire, after compression).
Usage: python3 bench/page-weight.py http://127.0.0.1:8099"""
import sys
import time

from selenium import webdriver
from selenium.webdriver.common.by import By

base = sys.argv[1]
options = webdriver.ChromeOptions()
for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"]:
    options.add_argument(arg)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(options=options, service=webdriver.ChromeService("/usr/bin/chromedriver"))
ENTRIES = """return performance.getEntriesByType('navigation')
  .concat(performance.getEntriesByType('resource')).map(e => [e.name, e.transferSize, e.decodedBodySize]);"""


def weigh():
    rows = driver.execute_script(ENTRIES)
    return sum(r[1] for r in rows), sum(r[2] for r in rows), sum(1 for r in rows if r[1] > 0)


try:
    driver.get(base + "/login.xhtml")
    sign_in = weigh()
    driver.find_element(By.ID, "login:username").send_keys("riverside.manager")
    driver.find_element(By.ID, "login:password").send_keys("demo-password-1")
    driver.find_element(By.ID, "login:submit").click()
    time.sleep(2)
    first = weigh()
    driver.get(base + "/practice/reminders.xhtml")
    time.sleep(1)
    other = weigh()
    driver.refresh()
    time.sleep(1)
    reload = weigh()
finally:
    driver.quit()

kb = lambda b: f"{b / 1024:.0f} KB"
print("| load | transferred | uncompressed | requests that downloaded |")
print("| --- | --- | --- | --- |")
print(f"| sign-in page, empty cache | {kb(sign_in[0])} | {kb(sign_in[1])} | {sign_in[2]} |")
print(f"| first staff page after it | {kb(first[0])} | {kb(first[1])} | {first[2]} |")
print(f"| first load in all (sign-in + first page) | {kb(sign_in[0] + first[0])} | | |")
print(f"| another staff page | {kb(other[0])} | {kb(other[1])} | {other[2]} |")
print(f"| reload of that page | {kb(reload[0])} | {kb(reload[1])} | {reload[2]} |")
