"""A webhook receiver for the benchmarks: answers 204 to every POST and counts them; GET /count
gives the count so far, GET /last when the last one arrived (ms since the epoch). Usage: python3 bench/receiver.py PORT"""
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

count = 0
last_ms = 0
lock = threading.Lock()


class Receiver(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        global count, last_ms
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with lock:
            count += 1
            last_ms = int(time.time() * 1000)
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        body = str(last_ms if self.path == "/last" else count).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Receiver).serve_forever()
