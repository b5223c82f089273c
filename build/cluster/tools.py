#!/usr/bin/env python3
"""Small helpers of build/cluster.sh, standard library only (Debian's python3).

  tools.py smtp DIR PORT_FILE         an SMTP sink on 127.0.0.1 (a free port, written to PORT_FILE): every message
                                      accepted is written to DIR as one .eml file before its 250 is sent
  tools.py count-mail DIR TEXT        how many messages in DIR carry TEXT in a decoded text part
  tools.py duplicate-ids DIR          how many messages in DIR repeat the Message-ID of another
  tools.py pdf TEXT OUT               a small valid one-page PDF saying TEXT
  tools.py race URL BODY [URL BODY]...  POSTs each BODY (JSON) to its URL at the same moment (every connection opened
                                      first, then one barrier), with the X-Api-Key of $OPS_KEY; prints one status each
"""
import asyncio
import email
import email.policy
import http.client
import os
import sys
import threading
import urllib.parse


# --- SMTP sink -----------------------------------------------------------------------------------------------------
class SmtpSink:
    def __init__(self, directory):
        self.directory = directory
        self.sequence = 0

    async def handle(self, reader, writer):
        def reply(line):
            writer.write((line + "\r\n").encode("ascii"))

        reply("220 cluster-sink ESMTP")
        await writer.drain()
        recipients = []
        try:
            while True:
                raw = await reader.readline()
                if not raw:
                    return
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                verb = line[:4].upper()
                if verb == "EHLO":
                    reply("250-cluster-sink")
                    reply("250-8BITMIME")
                    reply("250 SIZE 52428800")
                elif verb == "HELO":
                    reply("250 cluster-sink")
                elif verb == "MAIL":
                    recipients = []
                    reply("250 OK")
                elif verb == "RCPT":
                    recipients.append(line[8:].strip())
                    reply("250 OK")
                elif verb == "DATA":
                    reply("354 End data with <CR><LF>.<CR><LF>")
                    await writer.drain()
                    lines = []
                    while True:
                        data = await reader.readline()
                        if not data:
                            return  # the client went away mid-message: nothing was accepted
                        if data in (b".\r\n", b".\n"):
                            break
                        lines.append(data[1:] if data.startswith(b"..") else data)
                    self.sequence += 1
                    name = "%06d-%d.eml" % (self.sequence, os.getpid())
                    temp = os.path.join(self.directory, "." + name + ".tmp")
                    with open(temp, "wb") as f:
                        f.write(b"".join(lines))
                        f.flush()
                        os.fsync(f.fileno())
                    os.rename(temp, os.path.join(self.directory, name))
                    reply("250 OK queued as %d" % self.sequence)
                elif verb in ("RSET", "NOOP"):
                    reply("250 OK")
                elif verb == "QUIT":
                    reply("221 Bye")
                    await writer.drain()
                    return
                else:
                    reply("502 Command not implemented")
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            writer.close()


async def serve_smtp(directory, port_file):
    os.makedirs(directory, exist_ok=True)
    sink = SmtpSink(directory)
    server = await asyncio.start_server(sink.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    with open(port_file + ".tmp", "w") as f:
        f.write(str(port))
    os.rename(port_file + ".tmp", port_file)
    async with server:
        await server.serve_forever()


# --- Reading the sink --------------------------------------------------------------------------------------------
def messages(directory):
    for name in sorted(os.listdir(directory)):
        if name.endswith(".eml") and not name.startswith("."):
            with open(os.path.join(directory, name), "rb") as f:
                yield email.message_from_binary_file(f, policy=email.policy.default)


def text_of(message):
    parts = []
    for part in message.walk():
        if part.get_content_maintype() == "text":
            try:
                parts.append(part.get_content())
            except (LookupError, ValueError):
                parts.append(part.get_payload(decode=True).decode("utf-8", "replace"))
    return "\n".join(parts)


def count_mail(directory, text):
    return sum(1 for m in messages(directory) if text in text_of(m) or text in str(m.get("Subject", "")))


def duplicate_ids(directory):
    seen, duplicates = set(), 0
    for m in messages(directory):
        message_id = str(m.get("Message-ID", "")).strip()
        if message_id in seen:
            duplicates += 1
        seen.add(message_id)
    return duplicates


# --- A PDF ---------------------------------------------------------------------------------------------------------
def pdf(text, out):
    safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ("BT /F1 18 Tf 72 720 Td (%s) Tj ET" % safe).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    body = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        body += b"%010d 00000 n \n" % offset
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(out, "wb") as f:
        f.write(body)


# --- Simultaneous POSTs --------------------------------------------------------------------------------------------
def race(pairs):
    barrier = threading.Barrier(len(pairs))
    statuses = [None] * len(pairs)

    def post(index, url, body):
        payload = body.encode("utf-8")
        parts = urllib.parse.urlsplit(url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        try:
            connection.connect()
            barrier.wait(timeout=30)
            connection.request("POST", parts.path, body=payload, headers={
                "Content-Type": "application/json", "X-Api-Key": os.environ.get("OPS_KEY", "")})
            response = connection.getresponse()
            response.read()
            statuses[index] = response.status
        except Exception as error:  # noqa: BLE001 - reported as the status
            statuses[index] = "error:" + type(error).__name__
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(i, u, b)) for i, (u, b) in enumerate(pairs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(" ".join(str(s) for s in statuses))


def main(argv):
    command = argv[1] if len(argv) > 1 else ""
    if command == "smtp" and len(argv) == 4:
        asyncio.run(serve_smtp(argv[2], argv[3]))
    elif command == "count-mail" and len(argv) == 4:
        print(count_mail(argv[2], argv[3]))
    elif command == "duplicate-ids" and len(argv) == 3:
        print(duplicate_ids(argv[2]))
    elif command == "pdf" and len(argv) == 4:
        pdf(argv[2], argv[3])
    elif command == "race" and len(argv) >= 4 and len(argv) % 2 == 0:
        race(list(zip(argv[2::2], argv[3::2])))
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
