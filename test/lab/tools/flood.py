#!/usr/bin/env python3
# The lab's LAN flooder: for SECONDS, an ARP storm (requests from ever-new sender addresses) or a rogue DHCP server answering
# without end (OFFERs broadcast to port 68), as fast as it can, on PORT. Only for namespaces a test made itself.
import random, socket, struct, sys, time

mode, port, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
mac = bytes.fromhex(open(f'/sys/class/net/{port}/address').read().strip().replace(':', ''))
end = time.time() + seconds

def arp_storm():
    sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    sock.bind((port, 0))
    while time.time() < end:
        for _ in range(200):
            sender = bytes([10, random.randrange(256), random.randrange(256), random.randrange(1, 255)])
            frame = b'\xff' * 6 + mac + b'\x08\x06' + struct.pack('!HHBBH', 1, 0x0800, 6, 4, 1) + mac + sender + b'\x00' * 6 + bytes([10, 0, 0, 1])
            sock.send(frame)

def dhcp_flood():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, port.encode())
    sock.bind(('0.0.0.0', 67))
    while time.time() < end:
        for _ in range(50):
            xid = random.randrange(1, 0xffffffff)
            yiaddr = bytes([192, 168, 64, random.randrange(2, 254)])
            header = struct.pack('!BBBBIHH', 2, 1, 6, 0, xid, 0, 0x8000) + b'\x00' * 4 + yiaddr + b'\x00' * 8 + bytes(16) + bytes(192)
            options = b'\x63\x82\x53\x63' + b'\x35\x01\x02' + b'\x36\x04' + bytes([192, 168, 64, 1]) + b'\x01\x04\xff\xff\xff\x00' + b'\x03\x04' + bytes([192, 168, 64, 1]) + b'\xff'
            sock.sendto(header + options, ('255.255.255.255', 68))
        time.sleep(0.005)

arp_storm() if mode == 'arp' else dhcp_flood()
