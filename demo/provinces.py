"""Where a demo venture can plausibly work: groups of Thai provinces (by `abbr_en`) that concepts name.

No mangroves in the hills, no haze network on an island: a concept that only makes sense in one kind
of place lists one of these groups (or its own tuple) as `provinces`.
"""

NORTH = ("CMI", "CRI", "MSN", "NAN", "LPG", "LPN", "PYO", "PRE", "UTT")
HIGHLAND = ("CMI", "CRI", "MSN", "NAN", "TAK", "PYO", "LEI", "PNB")
ISAN = (
    "ACR", "BKN", "BRM", "CPM", "KSN", "KKN", "LEI", "MKM", "MDH", "NPM", "NMA", "NBP", "NKI",
    "RET", "SNK", "SSK", "SRN", "UBN", "UDN", "YST",
)  # fmt: skip
NORTHEAST_RICE = ("SRN", "SSK", "UBN", "RET", "YST", "KSN", "BRM", "MKM", "ACR", "NMA", "KKN")
CENTRAL_PLAIN = ("AYA", "ATG", "CNT", "SBR", "SPB", "NSN", "PCK", "PLK", "KPT", "UTI", "LRI", "STI")
BANGKOK_METRO = ("BKK", "NBI", "PTE", "SPK", "SKN", "NPT")
CITIES = ("BKK", "NBI", "PTE", "SPK", "CMI", "KKN", "SKA", "CBI", "NMA", "UDN", "PKT", "PLK", "UBN")
INDUSTRIAL = ("RYG", "CBI", "CCO", "AYA", "PTE", "SKN", "SPK", "PRI", "LPN")
BORDER = ("TAK", "MSN", "CRI", "KRI", "RNG", "SKW", "NKI", "MDH", "SRN")
ANDAMAN = ("PKT", "KBI", "PNA", "TRG", "STN", "RNG")
GULF = ("CBI", "RYG", "CTI", "TRT", "PBI", "PKN", "CPN", "SNI", "NRT", "SKA", "PTN", "SKM", "SKN")
COAST = ANDAMAN + GULF
ISLANDS = ("PKT", "KBI", "SNI", "TRT", "STN", "PNA")
DEEP_SOUTH = ("PTN", "YLA", "NWT", "SKA", "STN")
RUBBER = ("SKA", "TRG", "NRT", "SNI", "PLG", "STN", "YLA", "NWT", "PTN", "KBI", "CPN", "BKN")
FLOOD = ("NAN", "PRE", "UTT", "STI", "CRI", "UBN", "NRT", "SNI", "PLK", "AYA", "YLA", "NWT", "NSN", "KKN")
DROUGHT = ("BRM", "NMA", "KKN", "MKM", "RET", "SSK", "SRN", "CPM", "KSN", "YST", "LRI", "PNB", "SKW")
