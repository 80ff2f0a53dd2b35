"""Bookings racing for slots through the load balancer (bench/cluster.sh).

THREADS workers until the file STOP exists: each lists A81001's free slots and books one of the first few (so
workers collide), for a patient of its own, with an Idempotency-Key; a request that fails on the
way (connection refused or reset, a 502/503/504 from the load balancer) is sent again with the same
key, as a client should, and counted as failed. Writes every 201's booking id to OUT and prints a
JSON summary. Usage: cluster-bookings.py BASE KEY PATIENTS_FILE STOP THREADS OUT
"""
import json
import os
import random
import sys
import threading
import uuid

import requests

base, key, patients_file, stop, threads, out = sys.argv[1:7]
threads = int(threads)
patients = [line.strip().split(",") for line in open(patients_file) if line.strip()]
auth = {"Authorization": f"Bearer {key}"}
lock = threading.Lock()
tally = {"requests": 0, "failed": 0, "created": 0, "taken": 0, "other": 0}
created = []


def going():
    return not os.path.exists(stop)


def count(what, n=1):
    with lock:
        tally[what] += n


def worker(index):
    s = requests.Session()
    mine = patients[index::threads]
    n = 0
    while going():
        try:
            count("requests")
            slots = s.get(f"{base}/api/v1/practices/A81001/slots", headers=auth, timeout=30)
            if slots.status_code != 200:
                count("failed")
                continue
            free = slots.json()[:12]
            if not free:
                return
        except requests.RequestException:
            count("failed")
            continue
        slot = random.choice(free)["slotId"]
        nhs, dob = mine[n % len(mine)]
        n += 1
        idem = str(uuid.uuid4())
        body = {"slotId": slot, "nhsNumber": nhs, "dateOfBirth": dob, "surname": "Bench"}
        for _ in range(5):
            count("requests")
            try:
                r = s.post(f"{base}/api/v1/practices/A81001/bookings", json=body, timeout=30,
                           headers={**auth, "Idempotency-Key": idem})
            except requests.RequestException:
                count("failed")
                continue
            if r.status_code in (502, 503, 504) or r.status_code >= 500:
                count("failed")
                continue
            if r.status_code == 201:
                count("created")
                with lock:
                    created.append(r.json()["bookingId"])
            elif r.status_code == 409:
                count("taken")
            else:
                count("other")
            break


workers = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
for w in workers:
    w.start()
for w in workers:
    w.join()
with open(out, "w") as f:
    f.write("\n".join(sorted(set(created))) + "\n")
tally["distinctCreated"] = len(set(created))
print(json.dumps(tally))
