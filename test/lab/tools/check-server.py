#!/usr/bin/env python3
# The lab's connectivity-check web server: `check ADDRESS PORT` answers /generate_204 with 204 and /check_network_status.txt with
# NetworkManager's text, as the real check URLs do; `portal ADDRESS PORT LOGIN_URL` is a captive portal: every path is a 302 to
# LOGIN_URL, and /login is its HTML login page. It listens in a namespace a test made itself.
import socketserver, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

mode, address, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
login = sys.argv[4] if len(sys.argv) > 4 else ''

class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status, body=b'', headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if mode == 'portal':
            if self.path.startswith('/login'):
                page = b'<!DOCTYPE html><html><head><title>Guest Wi-Fi</title></head><body><form method="post"><button>Accept</button></form></body></html>'
                return self.send(200, page, [('Content-Type', 'text/html; charset=utf-8')])
            return self.send(302, b'', [('Location', login)])
        if self.path == '/generate_204':
            return self.send(204)
        if self.path == '/check_network_status.txt':
            return self.send(200, b'NetworkManager is online\n', [('Content-Type', 'text/plain')])
        return self.send(404, b'not found\n', [('Content-Type', 'text/plain')])

class Server(ThreadingHTTPServer):
    def server_bind(self):
        # HTTPServer's own would look its address up in DNS (getfqdn), which in a lab namespace only waits.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = address, port

Server((address, port), Handler).serve_forever()
