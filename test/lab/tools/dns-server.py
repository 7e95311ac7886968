#!/usr/bin/env python3
# The lab's odd DNS server, for what dnsmasq cannot be made to do: answer after a delay (`slow SECONDS name=address ...`) or
# answer every question with SERVFAIL (`servfail`). It listens on ADDRESS port 53 (UDP) in a namespace a test made itself.
import socket, struct, sys, threading, time

address, mode = sys.argv[1], sys.argv[2]
delay = float(sys.argv[3]) if mode == 'slow' else 0.0
records = dict(arg.split('=', 1) for arg in sys.argv[4:] if '=' in arg)
sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sock.bind((address, 53))

def question(packet):
    labels, at = [], 12
    while packet[at] != 0:
        length = packet[at]
        labels.append(packet[at + 1:at + 1 + length].decode('ascii', 'replace'))
        at += 1 + length
    qtype = struct.unpack('!H', packet[at + 1:at + 3])[0]
    return '.'.join(labels).lower(), qtype, packet[12:at + 5]

def answer(packet, client):
    name, qtype, raw = question(packet)
    ident = packet[:2]
    if mode == 'servfail':
        sock.sendto(ident + struct.pack('!HHHHH', 0x8182, 1, 0, 0, 0) + raw, client)
        return
    time.sleep(delay)
    target = records.get(name)
    if target is None:
        sock.sendto(ident + struct.pack('!HHHHH', 0x8183, 1, 0, 0, 0) + raw, client)
    elif qtype == 1:
        record = b'\xc0\x0c' + struct.pack('!HHIH', 1, 1, 60, 4) + socket.inet_aton(target)
        sock.sendto(ident + struct.pack('!HHHHH', 0x8180, 1, 1, 0, 0) + raw + record, client)
    else:
        sock.sendto(ident + struct.pack('!HHHHH', 0x8180, 1, 0, 0, 0) + raw, client)

while True:
    packet, client = sock.recvfrom(512)
    if len(packet) > 12:
        threading.Thread(target=answer, args=(packet, client), daemon=True).start()
