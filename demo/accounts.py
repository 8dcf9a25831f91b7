"""The demo log-ins, in one place: `seed_demo` creates them and `demo_logins` prints them.

These are demo credentials for a local machine only. `seed_demo` refuses to run under the
production settings unless told otherwise, because anyone reading this file knows the password.
"""

from dataclasses import dataclass

from registry.roles import Role

# One password for every demo account (local use only; never on a server others can reach).
DEMO_PASSWORD = "demo-registry-2569"  # noqa: S105 (a published demo password, on purpose)


@dataclass(frozen=True)
class DemoAccount:
    key: str
    email: str
    full_name: str
    label: str
    role: Role | None = None
    is_staff: bool = False
    is_superuser: bool = False
    entrepreneur: bool = False
    preferred_language: str = "th"


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount(
        key="superuser",
        email="admin@demo.registry.example",
        full_name="ผู้ดูแลระบบ (Demo)",
        label="Superuser (everything)",
        is_staff=True,
        is_superuser=True,
        preferred_language="en",
    ),
    DemoAccount(
        key="nia_reviewer",
        email="reviewer.nia@demo.registry.example",
        full_name="วรรณา ศรีสุข",
        label="NIA reviewer",
        role=Role.NIA_REVIEWER,
        is_staff=True,
    ),
    DemoAccount(
        key="undp_reviewer",
        email="reviewer.undp@demo.registry.example",
        full_name="Anna Lindqvist",
        label="UNDP reviewer",
        role=Role.UNDP_REVIEWER,
        is_staff=True,
        preferred_language="en",
    ),
    DemoAccount(
        key="approver",
        email="approver@demo.registry.example",
        full_name="ประเสริฐ วงศ์ใหญ่",
        label="Grant approver",
        role=Role.GRANT_APPROVER,
        is_staff=True,
    ),
    DemoAccount(
        key="approver2",
        email="approver2@demo.registry.example",
        full_name="สุดารัตน์ ทองดี",
        label="Grant approver (second, for awards above the four-eyes threshold)",
        role=Role.GRANT_APPROVER,
        is_staff=True,
    ),
    DemoAccount(
        key="finance",
        email="finance@demo.registry.example",
        full_name="กิตติพงษ์ มั่นคง",
        label="Finance",
        role=Role.FINANCE,
        is_staff=True,
    ),
    DemoAccount(
        key="entrepreneur",
        email="somchai@demo.registry.example",
        full_name="สมชาย ใจดี",
        label="Entrepreneur (owns a granted venture and a draft)",
        entrepreneur=True,
    ),
    DemoAccount(
        key="entrepreneur2",
        email="malee@demo.registry.example",
        full_name="มาลี รักษ์ถิ่น",
        label="Entrepreneur, youth-led (ventures under review)",
        entrepreneur=True,
    ),
)


def account(key: str) -> DemoAccount:
    return next(a for a in DEMO_ACCOUNTS if a.key == key)
