#!/usr/bin/env python3
# The lab's HTTPS server: `ADDRESS PORT CERT KEY` answers every TLS client with the certificate (chain) in CERT, then a short
# HTTP answer. It stands in for a well-known HTTPS host, in a namespace a test made itself.
import socket, ssl, sys, threading

address, port, cert, key = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
listener = socket.socket(socket.AF_INET6 if ':' in address else socket.AF_INET, socket.SOCK_STREAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind((address, port))
listener.listen(16)

def serve(conn):
    try:
        with context.wrap_socket(conn, server_side=True) as tls:
            tls.settimeout(3)
            tls.recv(4096)
            tls.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n')
    except Exception:
        pass

while True:
    conn, _ = listener.accept()
    threading.Thread(target=serve, args=(conn,), daemon=True).start()
