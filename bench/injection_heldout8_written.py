"""stub"""
ATTACKS: list[tuple[str, str, str, str]] = []
BENIGN: list[tuple[str, str, str]] = []
