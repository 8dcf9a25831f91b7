"""A small SMTP server on 127.0.0.1 for the delivery tests: it speaks SMTP over TCP to Django's real
SMTP backend (smtplib), keeps what it accepted, and can misbehave the way mail servers do (refuse
a message with a 4xx, or accept it and then never answer QUIT).

The standard library's smtpd is deprecated (gone in Python 3.12) and aiosmtpd is not installed;
this server answers just the commands smtplib sends without TLS or authentication."""

import socketserver
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any


@dataclass
class SmtpBehaviour:
    """How the server answers. Change it between deliveries; the handler reads it on each command."""

    refuse_data: int = 0  # answer this many messages' end of DATA with "451", then accept
    hang_on_quit: bool = False  # after accepting, never answer QUIT (the client times out)
    hang_on_data: bool = False  # take a message's content and never answer it (no 250, no error)
    on_quit: Callable[[], None] | None = None  # called when QUIT arrives, before any answer


@dataclass
class SmtpServer:
    host: str
    port: int
    behaviour: SmtpBehaviour
    accepted: list[bytes] = field(default_factory=list)
    quits: int = 0
    data_received: threading.Event = field(default_factory=threading.Event)

    def messages(self) -> list[EmailMessage]:
        parsed = [message_from_bytes(raw, policy=policy.default) for raw in self.accepted]
        return [m for m in parsed if isinstance(m, EmailMessage)]


class _Handler(socketserver.StreamRequestHandler):
    server: "_TCPServer"

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")
        self.wfile.flush()

    def handle(self) -> None:
        state = self.server.state
        self.reply("220 127.0.0.1 test ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode(errors="replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self.reply("250 127.0.0.1")
            elif command.startswith(("MAIL FROM", "RCPT TO", "RSET", "NOOP")):
                self.reply("250 OK")
            elif command == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                self.receive_data(state)
            elif command == "QUIT":
                state.quits += 1
                if state.behaviour.on_quit is not None:
                    state.behaviour.on_quit()
                if state.behaviour.hang_on_quit:
                    self.server.stopping.wait()  # no answer: the client's timeout ends it
                    return
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")

    def receive_data(self, state: SmtpServer) -> None:
        lines = []
        while True:
            line = self.rfile.readline()
            if not line or line in (b".\r\n", b".\n"):
                break
            lines.append(line[1:] if line.startswith(b"..") else line)
        state.data_received.set()
        if state.behaviour.hang_on_data:
            self.server.stopping.wait()  # the client waits for an answer that never comes
            return
        if state.behaviour.refuse_data > 0:
            state.behaviour.refuse_data -= 1
            self.reply("451 Try again later")
            return
        state.accepted.append(b"".join(lines))
        self.reply("250 OK queued")


class _TCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, state: SmtpServer, *args: Any) -> None:
        self.state = state
        self.stopping = threading.Event()
        super().__init__(*args)


@contextmanager
def running_smtp_server(behaviour: SmtpBehaviour | None = None) -> Iterator[SmtpServer]:
    """`with running_smtp_server() as server:` a server on a free port of 127.0.0.1."""
    state = SmtpServer(host="127.0.0.1", port=0, behaviour=behaviour or SmtpBehaviour())
    tcp = _TCPServer(state, ("127.0.0.1", 0), _Handler)
    state.port = tcp.server_address[1]
    thread = threading.Thread(target=tcp.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        tcp.stopping.set()
        tcp.shutdown()
        tcp.server_close()
        thread.join(timeout=5)
