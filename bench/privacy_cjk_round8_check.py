"""Round eight's new-source check for CJK text (P1's own check, **seen**: it was run before and after the changes).

Values come from Faker locales and providers that no split, fuzzer or training run used in this script's form:

* ``ko``: Faker ko_KR names in hangul (the tagger's training used them only romanised) in English lines, Korean lines
  with a title or honorific, and form labels;
* ``kana``: Faker ja_JP kana names (``kana_name``: katakana surname and given name) in English lines and Japanese forms;
* ``prose``: Faker zh_CN and zh_TW lorem sentences (everyday words, simplified and traditional, no personal data), for
  over-redaction: the share of characters changed.

The carriers below are written here; they are few, so the check measures the families, not the carriers.

    python bench/privacy_cjk_round8_check.py [--n 120] [--seed 8]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

KO_CARRIERS = [
    "Please call {v} tomorrow about the invoice.",
    "Meeting with {v} 과장님 at 3pm in room 4.",
    "{v} 씨가 내일 회의에 참석합니다.",
    "{v}님께 보고서를 보내 주세요.",
    "성명: {v}\n연락처: 010-2468-1357",
    "받는 사람 {v} 님, 배송이 시작되었습니다.",
    "Hi team, {v} will cover the night shift.",
    "담당: {v} / 부서: 영업팀",
]
KANA_CARRIERS = [
    "Customer: {v}, order 1234",
    "フリガナ：{v}",
    "Please forward this to {v} before Friday.",
    "お名前：{v}\n電話：03-1234-5678",
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    from faker import Faker

    from workbench.privacy import Privacy

    rng = random.Random(args.seed)
    ko, ja, cn, tw = Faker("ko_KR"), Faker("ja_JP"), Faker("zh_CN"), Faker("zh_TW")
    for i, f in enumerate((ko, ja, cn, tw)):
        f.seed_instance(args.seed * 10 + i)
    p = Privacy()
    p.redact("warm up", p.new_vault())
    t0 = time.perf_counter()
    shown = 0
    for family, fake, carriers in (("ko", ko, KO_CARRIERS), ("kana", ja, KANA_CARRIERS)):
        leaked = 0
        for _ in range(args.n):
            value = fake.name().replace(" ", "") if family == "ko" else fake.kana_name()
            text = rng.choice(carriers).format(v=value)
            sent = p.redact(text, p.new_vault()).text
            if value in sent or any(part in sent for part in value.split() if len(part) >= 2):
                leaked += 1
                if shown < args.show:
                    shown += 1
                    print("  LEAK", repr(text), "->", repr(sent))
        print(f"| {family} names | {args.n} | {leaked} | {100 * leaked / args.n:.1f}% |")
    changed = chars = prompts = 0
    for _ in range(args.n):
        fake = rng.choice((cn, tw))
        text = "".join(fake.sentence() for _ in range(2))
        red = p.redact(text, p.new_vault())
        acted = [e for e in red.entities if e.action != "keep"]
        n = sum(e.end - e.start for e in acted)
        chars += len(text)
        changed += n
        prompts += bool(acted)
        if acted and shown < args.show * 2:
            shown += 1
            print("  OVER", repr(text), "->", repr(red.text))
    print(f"| prose (zh_CN/zh_TW lorem) | {args.n} prompts | {prompts} changed | {changed}/{chars} characters "
          f"({100 * changed / chars:.1f}%) |")
    print(f"({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
