"""Address shapes: the letters, street words and street-line patterns that ``_rec_address`` grows into blocks.

Split out of ``_rec_address.py`` (round five); see that module for the shapes in words.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from ._gazetteer import everyday, gazetteer
from ._rec_en import _SUFFIXES

_U = "A-ZÀ-ÖØ-ÞĀ-ŽΆ-ΏΑ-ΩЀ-ЯҐ"  # upper-case letters, Latin, Greek and Cyrillic (round nine b: Serbian Ђ Ј Љ Њ Ћ Џ too)
_L = "a-zà-öø-ÿā-žßά-ώа-џґ"
_END = rf"(?![{_L}{_U}0-9])"
_CAPW = rf"[{_U}][{_L}{_U}'’\-]*{_END}"  # a capitalised word (or an all-caps one)
#: round eight: a word of a script without capitals (Hebrew, Arabic, Devanagari, Bengali, Tamil, Sinhala, Thai,
#: Georgian, Armenian, Hangul), with its combining signs and joiners, as the name part of a street or town
_SCRIPTS = ("\u0530-\u058F\u0590-\u05FF\u0600-\u06FF\u0750-\u077F\u0900-\u097F\u0980-\u09FF\u0B80-\u0BFF"
            "\u0D80-\u0DFF\u0E00-\u0E7F\u10A0-\u10FF\uAC00-\uD7AF")
_SCRIPT_WORD = f"[{_SCRIPTS}][{_SCRIPTS}\u200c\u200d]*\\.?"
#: where a part of an address ends: the line, a comma or semicolon, a closing quote, bar or bracket, a table cell's tab
_PART_ENDS = r'(?=[ ]*(?:$|\n|[,;"|)]|\.(?!\d))|\t)'  # round ten: or the bracket around it ("(12 Rue X, Town)")

_CAP = rf"[{_U}][{_L}{_U}'’\-]*(?:\.|{_END})"  # ... or an abbreviation ("St.")
_PARTICLES = (
    "de|del|della|delle|dei|degli|dello|dalla|di|da|du|des|aux|la|le|les|los|las|el|al|sur|sous|von|van|zu|zum|"
    "zur|am|im|an|der|den|het|ter|ten|do|dos|das|y|e|of|the|aan|op|bij|nad|pod|pri|na|u|v|í|á|lès|lez|sul|sulla|en"
)
_NAMEWORD = rf"(?:{_CAP}|(?:{_PARTICLES}){_END}|[ld]['’])"
_TOWNWORD = rf"(?:{_CAPW}|(?:{_PARTICLES}){_END})"
#: a town or neighbourhood ending in a particle and a lower-case word, as Mexican ones are written ("San Noelia los
#: altos", "Santa Cruz de abajo"): only at the end of a part
_LOWER_END = (rf"(?:(?:[ \t](?:los|las|de|del|la|el|do|da)[ \t]|(?<=los[ \t])|(?<=las[ \t])|(?<=de[ \t])|(?<=del[ \t])|"
              rf"(?<=la[ \t])|(?<=el[ \t])|(?<=do[ \t])|(?<=da[ \t]))[{_L}]{{3,}}(?=[ \t]*(?:$|[,;\n\t|\"])))?")
#: a house number, never the head of a longer number (a postcode); round eight: with up to two sub-numbers ("1361-39",
#: "3-12-8", as Japan, Korea and Latin America write lots and flats) and "bis"/"ter" ("219 bis")
_NUM = (r"\d{1,5}[A-Za-z]?(?:\s?[-/]\s?\d{1,4}[A-Za-z]?){0,2}(?!\d)"
        r"(?:[ \t](?:bis|ter|quater)(?![\w]))?")
_STREET_WORDS = (
    "rue|avenue|av\\.?|boulevard|bd|bvd|chemin|allée|allee|impasse|place|quai|cours|route|square|passage|"
    "via|viale|piazza|piazzale|corso|largo|vicolo|contrada|borgo|strada|calle|avenida|paseo|plaza|camino|"
    "carrer|ronda|travesía|rua|r\\.|praia|travessa|estrada|praça|alameda|largo|rambla|glorieta|urbanización|ul\\.|al\\.|os\\.|"
    "carretera|cuesta|pasaje|callejón|cañada|acceso|vía|c/|beco|calçada|rotunda|praceta|quinta|bairro|"
    "rotonda|canale|incrocio|stretto|lungomare|traversa|salita|v\\.le|p\\.zza|voie|sentier|faubourg|esplanade|"
    "bulevardul|b-dul|șoseaua|soseaua|şoseaua|calea|aleea|splaiul|intrarea|piața|piata|str\\.|"
    "carrera|transversal|diagonal|circular|avenida calle|avenida carrera|av\\. calle|av\\. carrera|"
    "jardim|parque|residencial|conjunto|vila|viaduto|viaducto|retorno|rodovia|setor|quadra|loteamento|núcleo|"
    "chácara|condomínio|sítio|ladeira|vereda|trecho|recanto|viela|circuito|cerrada|privada|andador|prolongación|"
    "periférico|ampliación|continuación|ctra\\.|avda\\.|rúa|praza|ruta|bulevar|calzada|cda\\.|priv\\.|"
    "вул\\.|вулиця|ул\\.|улица|просп\\.|проспект|пр-т|пл\\.|площа|площадь|бул\\.|бульвар|пров\\.|провулок|"
    "пер\\.|переулок|шосе|шоссе|наб\\.|набережна|набережная|алл\\.|аллея|ш\\.|туп\\.|тупик|мкр\\.|"
    "οδός|οδ\\.|λεωφ\\.|λεωφόρος|"
    "jl\\.|jln\\.|jalan"  # Indonesia, Malaysia: "Jl. Imam Bonjol No. 88"
)
# Latin-American grid streets: "Calle 11T # 21-3", "Carrera 120M", "Cr. 59", "Avenida calle 156"
_GRID = r"(?:calle|cl\.|carrera|cra\.?|cr\.?|kr\.?|avenida(?:[ \t]+(?:calle|carrera))?|av\.?[ \t]+(?:calle|carrera)|diagonal|dg\.?|transversal|tv\.?)"
_POSTCODE = r"(?:(?:[A-Z]{1,2}-)?\d{2,6}(?:[- \t]\d{2,4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)"  # incl. "354 37", "J5K 2V1"
_COMPOUND = (
    "straße|strasse|str\\.|gasse|weg|allee|platz|ring|damm|ufer|steig|pfad|chaussee|markt|graben|"
    "straat|laan|plein|singel|kade|dijk|gracht|hof|park|veld|dreef|steeg|pad|baan|wal|plantsoen|erf|"
    "vej|gade|stræde|vænget|vænge|gyde|gata|gatan|gaten|vägen|väg|veien|vegen|gate|gränd|katu|tie|kuja|polku|"
    "utca|út|tér|ulica|ul\\.|cesta|trg|ulice|náměstí|sokak|caddesi|οδός|boulevard|lei|kaai|vliet|brink"
)
#: lower-case words inside a street name ("Tom Wilhelmsens vei", "Fredbo allé", "Ctra. de Siles")
_LOWER_STREET = ("vei|veien|vej|gate|gata|gatan|vägen|allé|alle|straße|strasse|str\\.|gasse|weg|utca|út|tér|ulica|"
                 "cesta|sokak|caddesi|sok\\.|cad\\.|rue|via|calle|i|y|og|ul\\.|al\\.|"
                 "puiestee|põik|tänav|maantee|tee|iela|gatvė|prospektas")  # Estonian, Latvian, Lithuanian
#: a postcode written after the street: DE/FR/IT 5, NL "7251 UA", BR "61416-021", PL "00-950", CZ "130 00", IS "101"
_POSTCODE_AFTER = (r"(?:(?:[A-Z]{1,2}-)?\d{4,6}(?:-\d{3,4})?(?:[ \t]?[A-Z]{2}(?![\w]))?|\d{2}-\d{3}|\d{3}(?:[ \t]\d{2})?"
                   r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)")
#: the parts of a South and South-East Asian address line (Pakistan, India, Bangladesh, the Philippines): a house
#: "230-C", a block, lot, phase, sector or plot, a house or flat number, a numbered lane, a barangay, purok or sitio
_SEA_STRONG = (r"(?:Block|Blk\.?|Lot|Phase|Plot(?:[ \t]No\.?)?|Sector|Purok|Zone)[ \t]+(?:[A-Z]{1,2}-\d{1,2}(?:/\d)?"
               r"|\d{1,4}[A-Z]?(?:-[A-Z])?|[A-Z](?![\w]))"  # "Block K", "Blk 6", "Phase 5", "Sector I-11/3"
               rf"|(?:Brgy\.?|Barangay|Sitio|Poblacion)(?:[ \t]+{_CAP}){{1,3}}"  # "Brgy. Sto. Rosario"
               r"|(?:House|Flat|Plot|Shop|Bungalow)[ \t]No\.?[ \t]*\d{1,5}[A-Z]?|H\.[ \t]?No\.?[ \t]*\d{1,5}[A-Z]?")
_SEA_PART = (rf"(?:{_SEA_STRONG}|\d{{1,4}}-[A-Z](?![\w])|(?:Flat|Unit|House|Apt\.?|Shop)[ \t]+\d{{1,4}}[A-Z]?"
             r"|(?:Lane|Street|St\.|Gali|Road|Rd\.|Mohalla|Avenue)[ \t]+\d{1,3}(?![\w])"  # "Lane 29", "Gali 27"
             rf"|(?:\d{{1,5}}[ \t]+)?(?:{_CAP}[ \t](?:(?:de|del|dela|delos|ng)[ \t])?){{1,3}}"
             r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Extension|Drive|Lane|Highway))")
#: two or more parts (``_sea_line`` says which make an address line)
_SEA_LINE = rf"(?P<s1>(?<![\w])(?:{_SEA_PART})(?:,?[ \t]+(?:{_SEA_PART})){{1,5}}(?<![ \t.]))"
_SEA_STRONG_RE = re.compile(rf"(?<![\w])(?:{_SEA_STRONG})")
#: what makes the parts a home's line and not a plan's ("Phase 2, Block 3"): a house "230-C", a house, flat, unit or
#: plot number, a Philippine "Blk … Lot …", a barangay, purok or sitio, or a named street
_SEA_ANCHOR = re.compile(r"(?<![\w])(?:\d{1,4}-[A-Z](?![\w])"
                         r"|(?:House|Flat|Unit|Plot|Shop|Apt)\.?[ \t]+(?:No\.?[ \t]*)?\d"
                         r"|H\.[ \t]?No|Blk\.?[ \t]|Lot[ \t]+\d|Brgy|Barangay|Purok|Sitio|Poblacion"
                         r"|[A-Z][a-z]+[ \t]+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Extension|Drive|Highway))")


def _sea_line(m: re.Match[str]) -> bool:
    """A South/South-East Asian address line: a block, lot, phase, sector, plot, barangay or house number, and an
    anchor that makes it a home ("230-C, Block K", "Blk 6 Lot 4", "House No. 717, Lane 29"; not "Phase 2, Block 3")."""
    return bool(_SEA_STRONG_RE.search(m.group())) and bool(_SEA_ANCHOR.search(m.group()))
#: a floor or flat between the street and its postcode (round seven): "Opletalova 974, 2. OG, 504 99 Slavkov u Brna"
_FLOOR_OR_FLAT = (r"(?:\d{1,2}(?:\.|e|er|º|ª|st|nd|rd|th)?[ \t]?(?i:OG|Stock|Etage|étage|piso|andar|floor|fl\.|verdieping|"
                  r"patro|emelet|piętro|kerros|sal)|(?i:Apt\.?|Flat|Unit|Top|Bus|Stiege|Whg\.|Wohnung|Door|Tür|"
                  r"byt|m\.|lok\.|ap\.)[ \t]*\w{1,4})")
_STREET_PARTS = [
        _SEA_LINE,
        # US/UK: number, name words (ordinals too: "208 Southeast 19th Street"), a USPS/Royal Mail suffix, a unit
        rf"(?<![\w])\d{{1,6}}(?:-\d{{1,4}})?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th))[ \t]+"
        rf"(?:(?:de|del|dela|delos|ng)[ \t]+(?={_CAP}))?){{1,3}}(?:{_SUFFIXES})\.?(?![\w])"
        rf"(?:,?[ \t]+(?:Apt\.?|Suite|Ste\.?|Unit|Flat|#)[ \t]*[A-Za-z0-9-]+)?",
        # post-office boxes and bags, in the words of the countries that use them
        r"(?<![\w])(?:P\.?[ \t]?O\.?[ \t]?Box|Post[ \t]Office[ \t]Box|(?:GPO|Locked|Private|PO)[ \t](?:Box|Bag)|PMB|"
        r"Postfach|Postbus|Postboks|Apartado(?:[ \t]Postal)?|Caixa[ \t]Postal|Casilla(?:[ \t]de[ \t]Correo)?|"
        r"Casella[ \t]Postale|BP|B\.P\.|Boîte[ \t]postale)[ \t]+\d{1,6}(?![\w\-.,]\d)",
        # number first, then a street word: "20 rue de l'Epeule", "7, boulevard Paulette Gosselin"
        rf"(?<![\w])(?!(?:19|20)\d\d[ \t])\d{{1,5}}(?:[ \t]?(?:bis|ter|[A-Za-z]))?,?[ \t]+(?i:{_STREET_WORDS})[ \t]+(?:{_NAMEWORD}[ \t]?){{1,6}}{_LOWER_END}",  # never a year: "In 2021 Jalan Raya…"
        # street word first, then the number: "Via Cavour 17", "Plaza de Josefa Salinas 23 Piso 0"
        rf"(?<![\w])(?i:{_STREET_WORDS})[ \t]+(?:{_NAMEWORD}[ \t]?){{1,6}},?[ \t]*(?:(?:n[º°o]|nr|д|буд|б)\.?[ \t]*|#[ \t]*)?{_NUM}"
        rf"(?:,?[ \t]+(?:Piso|Appartamento|Apt\.?|Puerta|Int\.?|Scala|Bajo|Esc\.?|Bl\.|Sc\.|Ap\.|Et\.|стр\.|к\.|кв\.|корп\.|"
        rf"оф\.)[ \t]*[\w/]+){{0,4}}",
        rf"(?<![\w])(?i:{_GRID})[ \t]+\d{{1,3}}[A-Z]?(?:[ \t]+(?:bis(?:[ \t]+[A-Z](?![\w]))?|sur|este|norte))?(?![\w])"
        rf"(?:[ \t]*(?:#|No\.?|N[º°])[ \t]*\d{{1,3}}[A-Z]?(?:-\d{{1,3}})?(?:[ \t]+(?:sur|este|norte))?)?",
        # a unit in a named building, no street: "Office 4, Bullock Tower", "Flat 12, Al Noor Residences" (the Gulf,
        # South and South-East Asia); the town after it is the tail's
        rf"(?<![\w])(?:Office|Suite|Unit|Flat|Apt\.?|Shop|Villa|Floor|Level|Room)[ \t]+[\w\-]*\d[\w\-]*,[ \t]+"
        rf"(?:{_CAPW}[ \t]){{1,3}}(?:Tower|Towers|Building|Plaza|Centre|Center|Complex|House|Mansion|Residences?|"
        rf"Heights|Apartments|Mall|Arcade|Court|Business[ \t]Park)(?![\w])",
        # Indian house numbers: "H.No. 93, Choudhury Marg", "Plot No. 12"
        rf"(?<![\w])(?:H\.[ \t]?No\.?|House[ \t]No\.?|Plot[ \t]No\.?|Door[ \t]No\.?|Flat[ \t]No\.?|Shop[ \t]No\.?|"
        rf"Gali[ \t]No\.?|CTS[ \t]No\.?|Survey[ \t]No\.?|Khasra[ \t]No\.?|Ward[ \t]No\.?(?=[ \t]*\d{{1,3}},[ \t]*[{_U}]))[ \t]*{_NUM}"
        rf"(?:,[ \t]*(?:{_CAPW}[ \t]?){{1,3}}(?=,))?",
        # South Asian lines anchored by a landmark (HELD-OUT-7, seen): a house or plot number, at most two parts,
        # then "Near …", "Opposite …", "Behind …": "Plot 628, Opposite School", "942/Sunrise, Ward 12, Behind Bus Stand"
        rf"(?<![\w])(?:(?:Flat|House|Plot|Door|Shop|Gali|Ward|CTS|H\.[ \t]?No\.?|No\.|[A-Z]{{1,3}})(?:[ \t]No\.?)?[ \t]*)?"
        rf"\d{{1,5}}[A-Z]?(?:[/\-][\w]+(?:[ \t]{_CAPW})?)?(?:,[ \t]*(?:[{_U}\d][\w.]*(?:[ \t][{_U}\d][\w.]*){{0,2}})){{0,2}},[ \t]*"
        rf"(?:Near|Opp\.|Opposite|Behind|Beside)[ \t]+{_CAPW}(?:[ \t]{_CAPW}){{0,2}}",
        # a South Asian house number and a named road after it: "House 41, Jawalakhel Marg", "Plot 9, Lake Chowk"
        rf"(?<![\w])(?:House|Plot|Flat|Door|Shop)[ \t]+\d{{1,5}}[A-Z]?,[ \t]+(?:{_CAPW}[ \t]){{1,3}}"
        rf"(?:Marg|Chowk|Nagar|Colony|Society|Path|Tole|Galli|Road|Street|Lane)(?![\w])",
        # a British house name, then the street: "Hazel Cottage, Manor Way", "Rose Cottage, Meadow View"
        rf"(?<![\w])(?:{_CAPW}[ \t]){{1,2}}(?:Cottage|Cottages|Lodge|Farm|Farmhouse|Barn|Manor|Grange|Mill|"
        rf"Rectory|Vicarage|Bungalow),[ \t]+(?:{_CAPW}[ \t]){{1,2}}(?:{_SUFFIXES})\.?(?![\w])",
        # Rwanda's numbered streets: "KN 3 Avenue", "KG 11 Ave" (the house number after a comma is the tail's)
        r"(?<![\w])K[GKN][ \t]\d{1,4}[ \t](?:Avenue|Ave\.?|Street|St\.?|Road|Rd\.?)(?![\w])",
        # a name, a number, a postcode and a town: "Slovenčeva 107, 6221 Dutovlje", "Νάξου 239, 3056 ΛΕΜΕΣΟΣ"
        rf"(?<![\w])(?:{_CAPW}[ \t]){{0,3}}{_CAPW}[ \t]+{_NUM}\.?,[ \t]+(?=(?:{_FLOOR_OR_FLAT},[ \t]+){{0,2}}"
        rf"(?:(?:{_POSTCODE}|(?!(?:19|20)\d\d(?!\d)){_POSTCODE},)[ \t]+[{_U}]|{_CAPW}(?:[ \t]{_CAPW}){{0,2}}[ \t]+\d{{3}}[ \t]\d{{2}}(?![\w])))",
        rf"(?<![\w])\d{{1,5}}[A-Za-z]?[ \t]+(?:{_CAPW}[ \t]){{0,2}}{_CAPW},[ \t]+(?=(?:{_POSTCODE}|(?!(?:19|20)\d\d(?!\d)){_POSTCODE},)[ \t]+[{_U}])",
        # compound street names and a number: "Ulf-Beckmann-Straße 724", "Síp utca 71."
        rf"(?P<c1>(?<![\w])(?:{_CAP}[ \t])?(?:{_CAP}[\- \t]?)?[{_U}][{_L}\-]{{2,}}(?i:{_COMPOUND})(?![{_L}])\.?[ \t]+{_NUM}\.?)",
        rf"(?<![\w])(?:{_CAP}[ \t]){{1,3}}(?i:{_COMPOUND}|u\.|krt\.|körút|sétány|köz)[ \t]+{_NUM}\.?",
        # a street named without its number: "rue de Baron", "Scheibegasse", "Pratt Street"
        rf"(?<![\w])(?i:{_STREET_WORDS})[ \t]+(?:{_NAMEWORD}[ \t]?){{0,4}}{_CAPW}",
        rf"(?<![\w])(?:{_CAPW}-){{0,3}}[{_U}][{_L}]+(?i:straße|strasse|gasse|weg|platz|allee|gracht|straat|laan|plein|"
        rf"vej|gade|gatan|vägen|veien|gata|katu|tie|kuja|polku|utca|ulica)(?![{_L}])",
        rf"(?<![\w])(?:[{_U}][{_L}]+-){{1,3}}(?i:straße|strasse|gasse|weg|platz|allee|ring|damm|steig)(?![{_L}])",
        rf"(?P<c2>(?<![\w]){_NUM}[ \t]+(?:{_CAPW}[ \t])?[{_U}][{_L}\-]{{2,}}(?i:{_COMPOUND})(?![{_L}]))",
        rf"(?<![\w])(?!(?:Wall|Main|High|Downing|Fleet|Bond|Oxford|Sesame|Abbey)[ \t])(?:{_CAPW}[ \t]){{1,2}}(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Square|Terrace|"
        rf"Close|Crescent|Gardens|Parade|Highway)(?![\w])",
        # ... any of them with its house number after a comma ("Oxford Road, 356": an address, not the metonym)
        rf"(?<![\w])(?:{_CAPW}[ \t]){{1,2}}(?:Street|Avenue|Road|Boulevard|Lane|Drive|Way|Close|Crescent|Highway),[ \t]*"
        rf"(?!(?:19|20)\d\d(?!\d))\d{{1,4}}[A-Za-z]?(?=[ \t]*(?:$|\n|[,;]|\.(?!\d)))",
        # a name with lower-case street words and a number, then a postcode and town after a comma or on the
        # next (quoted) line: "Tom Wilhelmsens vei 83, 3120 NØTTERØY", "Haugesmauet 22\n> 5005 BERGEN"
        rf"(?<![\w]){_CAP}(?:[ \t](?:{_CAP}|(?:{_LOWER_STREET}|{_PARTICLES}){_END})){{0,4}}[ \t]+{_NUM}\.?"
        rf"(?=(?:,[ \t]*|[ \t]*\n[ \t>]*)(?!(?:19|20)\d\d(?!\d)){_POSTCODE_AFTER}[ \t]+[{_U}])",
        # the street ahead of a postcode after a comma, with a number first: "040, Varkey Circle, Saharsa-643908"
        rf"(?<![\w])\d{{1,5}}[A-Za-z]?,[ \t]+(?:{_CAPW}[ \t]){{0,2}}(?:{_SUFFIXES})(?![\w])",
        # round eight: a lot number of three parts before the name, as Japan writes it romanised and Korea, Bangladesh,
        # the Caribbean copy it: "1-2-3 Shibuya,", "4-12-8 Jingumae" (never a date: "12-03-2026 Review")
        rf"(?<![\w\-/.:])(?!\d{{1,2}}-\d{{1,2}}-(?:19|20)?\d\d(?!\d))(?!(?:19|20)\d\d-)\d{{1,4}}-\d{{1,4}}-\d{{1,4}}[ \t]+"
        rf"{_CAPW}(?:[ \t\-]{_CAPW}){{0,2}}(?=[ \t]*(?:$|\n|,))",
        # round eight: a house number marked "No." at the start of a field, then the street's name: "No. 668, Mathew
        # Brizandor", "No. 646 Damien Hikethor" (a name of everyday words only is no street: "No. 1 Priority")
        rf"(?P<c3>(?=[ \tN])(?:^|(?<=[\n=:>\"'\t(：])|(?<=[:=,：][ \t]))[ \t]*(?:No|N[º°o]|Nr|Nº)\.?[ \t]*\d{{1,5}}[A-Za-z]?"
        rf"(?:[/\-]\d{{1,4}})?,?[ \t]+{_CAPW}(?:[ \t]{_CAPW}){{0,3}}(?=[ \t]*(?:$|\n|,)))",
        # ... or after the name ("Amy Vannobano No. 168, Killarney", "Mathew Mituhiost No. 2268")
        rf"(?P<c4>(?=[ \t{_U}])(?:^|(?<=[\n=:>\"'\t(：])|(?<=[:=,：][ \t]))[ \t]*{_CAPW}(?:[ \t]{_CAPW}){{0,3}},?[ \t]+(?:No|N[º°o]|Nr)\.?"
        rf"[ \t]*\d{{1,5}}[A-Za-z]?(?:[/\-]\d{{1,4}})?(?![\w\-/.]))",
        # ... or a house number with a sub-number or "bis" at the start of a field, the name, then a comma or a new
        # line: "1562-31 Jill Šakewynhi, Bahiselkan", "155/5 Jill Örglebatu\nVanraă", "525 bis Dean Kankanñelú," (never
        # a day and month: "12/03 Review")
        rf"(?P<c5>(?=[ \t\d])(?:^|(?<=[\n=:>\"'\t(：])|(?<=[:=,：][ \t]))[ \t]*(?!\d{{1,2}}[/\-]\d{{1,2}}(?![\w/\-]))(?!(?:19|20)\d\d[/\-])"
        rf"\d{{1,5}}[A-Za-z]?(?:[/\-]\d{{1,4}}[A-Za-z]?|[ \t]bis|[ \t]ter)[ \t]+{_CAPW}(?:[ \t]{_CAPW}){{0,3}}"
        rf"(?=[ \t]*(?:,[ \t]*[{_U}\d]|\n)))",
        # "Cued": a name and a house number after an address label: "Address: Lynda Örrabrizan 5-24-962, …"
        rf"(?P<q3>(?<![\w\-/.,]){_CAPW}(?:[ \t]+(?:{_CAPW}|(?:{_PARTICLES}){_END})){{0,3}}[ \t]+{_NUM}(?=[ \t]*(?:$|\n|,)))",
        # round eight: a street named in a script without capitals, its house number before or after, at the start of
        # a field: "1389/5 মনিরামগলি,", "ლორთქიფანიძის ქ. 957-38,", "נתיב הפורצים 1231,", "808 අබේවර්ධන Mountain"
        rf"(?=[ \t\dN{_SCRIPTS}])(?:^|(?<=[\n=:>\"'\t(：])|(?<=[:=,：][ \t]))[ \t]*(?:(?:No\.?[ \t]*)?{_NUM}[ \t]+(?:{_SCRIPT_WORD}[ \t]?){{1,4}}"
        rf"(?:{_CAPW})?|(?:{_SCRIPT_WORD}[ \t]?){{1,4}}(?:{_CAPW}[ \t])?(?:No\.?[ \t]*)?{_NUM}){_PART_ENDS}",
        # "Cued": a number and unknown words after an address cue ("lives at 63 Gdańska", "is at 29/96 Łanowa")
        rf"(?P<q1>(?<![\w\-/.,]){_NUM}(?:/\d{{1,4}})?[ \t]+{_CAPW}(?:[ \t]+(?:{_CAPW}|(?:{_PARTICLES}){_END})){{0,4}})",
        # a street without a number, placed by where it is: "the north side of Atkins Fall"
        rf"(?P<q2>(?<=side of )(?:{_CAPW}[ \t]?){{1,4}})",
]
# Run one by one (Python's re tries every alternative of one big pattern at every position: twice as slow),
# then read leftmost-first like the alternation would.
_STREET_EACH = [(re.compile(p), "compound" if "?P<c" in p else "cued" if "?P<q" in p else "sea" if "?P<s1" in p else "",
                 _STREET_WORDS in p) for p in [*_STREET_PARTS]]
#: the first word of every street word: the patterns made of them run only when one is in the text (they scan
#: a long alternation at every position)
_STREET_HEADS = frozenset(re.split(r"[^\w/]+", alt.replace("\\.", " ").replace("?", ""))[0].casefold()
                          for alt in _STREET_WORDS.split("|"))
_TOKEN = re.compile(r"[^\W\d_]+|c/")


def _streets(text: str) -> list[tuple[re.Match[str], str]]:
    """Street matches, non-overlapping, leftmost first, earlier shapes first: (match, kind), where the
    kind is "compound" (a compound word: not an everyday one), "cued" (only after an address cue), "sea" (a South
    or South-East Asian line: kept only when ``_sea_line`` holds) or ""."""
    heads = not _STREET_HEADS.isdisjoint(_TOKEN.findall(text.casefold()))
    found = [(m.start(), k, m, kind) for k, (pat, kind, words) in enumerate(_STREET_EACH) if heads or not words
             for m in pat.finditer(text)
             if "\t" not in m.group()  # a street never crosses a table cell ("7<TAB>Ana<TAB>Av." is no "… Ave")
             and (kind != "cued" or _cued(text, m)) and (kind != "sea" or _sea_line(m))
             and (m.lastgroup not in _FIELD_GROUPS or _named(m.group()))]
    found += [(a, len(_STREET_EACH), _ANY.match(text, a, b), "") for a, b in vocab_streets(text) if "\t" not in text[a:b]]
    found.sort(key=lambda c: (c[0], c[1]))
    out, last = [], -1
    for start, k, m, kind in found:
        if start >= last:
            out.append((m, kind))
            last = m.end()
        elif k == len(_STREET_EACH) and m.end() > last:  # a street word's line that goes on past a shape's match
            out.append((m, kind))  # ("Plot No. 5 Gg" of "Plot No. 5 Gg. Rungkut Industri"): both grow; the spans merge
            last = m.end()
    return out


#: round eight: the field-start shapes ("No. 668, Mathew Brizandor"), checked before they can shadow a later shape
_FIELD_GROUPS = frozenset({"c3", "c4", "c5"})
_FIELD_WORD = re.compile(rf"[{_U}][{_L}{_U}]+")


def _named(street: str) -> bool:
    """A field-start street has a name that is no label ("SUPPLY ADDRESS Door No. 49"): a capitalised word that is
    no everyday word and no number mark."""
    g = gazetteer()
    words = [w.casefold() for w in _FIELD_WORD.findall(street)]
    return any(w not in g.words and w not in _NUMBER_WORDS for w in words)


#: what puts an address right after it: "lives at", "the restaurant is at", "moved to", "Address:"
_CUE_BEFORE = re.compile(
    r"(?i)(?:\b(?:lives?|living|located|situated|based|office|restaurant|shop|store|caf[ée]|hotel|clinic|warehouse|"
    r"meet(?:ing)?|stay(?:ing)?|moved?|moving|relocated|ship(?:ped)?|send|sent|deliver(?:ed)?|mail(?:ed)?|post(?:ed)?|"
    r"return(?:ed)?|forward(?:ed)?|drop(?:ped)?|find\s+(?:us|me|him|her|them))\b[^\n.!?;:]{0,24}\b(?:at|to|on)"
    r"|\baddress(?:\s+is)?\s*:?|\badresse\s*:?|\bplease\s+use)[ \t]+$"
)
_SIDE_BEFORE = re.compile(r"(?i)\b(?:north|south|east|west|far|other|opposite|near)(?:ern)?[ \t]+(?:side|end|corner)[ \t]+of[ \t]$")
_NOT_STREET = frozenset(
    "january february march april may june july august september october november december monday tuesday wednesday "
    "thursday friday saturday sunday am pm utc gmt cet est pst minutes hours days weeks months years percent".split()
)


def _cued(text: str, m: re.Match[str]) -> bool:
    """A "cued" street shape counts only after its cue, and when one of its words is no everyday word."""
    g = gazetteer()
    words = [w.casefold() for w in re.findall(rf"[{_U}][{_L}{_U}'’\-]*", m.group())]
    if not words or words[0] in _NOT_STREET or all(everyday(w) or w in g.countries for w in words):
        return False
    before = text[max(0, m.start() - 48) : m.start()]
    if m.lastgroup == "q2":
        return bool(_SIDE_BEFORE.search(before))
    return bool(_CUE_BEFORE.search(before) or _LABEL_BEFORE.search(before))


#: round eight: a field that holds an address, as forms, chats, logs, JSON and YAML label it: "Address：", "Ship to =",
#: "Deliver to - ", "home_address=", '"mailing_address": "', "Residence:" or the label's line above ("Ship to:\n")
_LABEL_BEFORE = re.compile(
    r"(?i)(?:\b|_)(?:address|adresse|addr|dirección|direccion|endereço|indirizzo|anschrift|residence|ship(?:ping)?[ _]?to|"
    r"deliver(?:y)?[ _]?to|bill(?:ing)?[ _]?to|mail(?:ing)?[ _]?to)[\"']?[ \t]*(?:[:=：\-][ \t]*[\"']?|\n[ \t>]*)$")


_UK_POSTCODE = (r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"  # UK
                r"|[AC-FHKNPRTV-Y]\d{2}[ \t]?[AC-FHKNPRTV-Y0-9]{4}|D6W[ \t]?[AC-FHKNPRTV-Y0-9]{4})"  # Irish Eircode
                r"(?![A-Za-z0-9])")
_CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d(?![A-Za-z0-9])"  # Canada Post's letters


# --------------------------------------------------------------------------- round seven: street words as data

_ANY = re.compile(r"[\s\S]*")
VOCAB_FILE = "address_vocab.txt"


@functools.lru_cache(maxsize=1)
def vocab() -> dict[str, frozenset[str]]:
    """The sections of ``data/address_vocab.txt`` (street types before and after the name, locality words, region
    marks), case-folded; "post" also holds the English street suffixes of every Faker ``en`` locale and ``_SUFFIXES``.
    Round ten: "pre" and "post" also hold ``data/street_types10.txt`` (Faker's street types of all locales,
    ``_rec_address10``); those not in the hand-written list are also in "weak10": like an everyday word, they make a
    street only with a house number or a postcode near ("Parque Lage" alone stays)."""
    from ._rec_address10 import FILE as FAKER_TYPES

    data = resources.files(__package__).joinpath("data")
    out = _sections(data.joinpath(VOCAB_FILE).read_text(encoding="utf-8"))
    faker = _sections(data.joinpath(FAKER_TYPES).read_text(encoding="utf-8"))
    known = out.get("pre", set()) | out.get("post", set())
    out["weak10"] = {w for words in faker.values() for w in words if w not in known}
    for side, words in faker.items():
        out.setdefault(side, set()).update(words)
    out.setdefault("post", set()).update(_english_suffixes())
    return {k: frozenset(v) for k, v in out.items()}


def _sections(text: str) -> dict[str, set[str]]:
    """The case-folded words of each ``[section]`` of a vocabulary file."""
    out: dict[str, set[str]] = {}
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            out.setdefault(section, set())
        elif section:
            out[section].add(line.casefold())
    return out


def _english_suffixes() -> set[str]:
    """``_SUFFIXES`` and the street suffixes of Faker's English locales (MIT): "Rapid", "Land", "Extensions"."""
    import importlib
    import pkgutil

    import faker.providers.address as addresses

    out = {w.casefold() for w in re.sub(r"[?()]", "", _SUFFIXES).split("|") if w.isalpha()}
    for mod in pkgutil.iter_modules(addresses.__path__):
        if not mod.name.startswith("en"):
            continue
        provider = getattr(importlib.import_module(f"{addresses.__name__}.{mod.name}"), "Provider", None)
        for value in getattr(provider, "street_suffixes", ()) or ():
            if isinstance(value, str) and value.strip().isalpha():
                out.add(value.strip().casefold())
    return out


_LETTERS = re.compile(r"[^\W\d_]+")
#: a capitalised name glued to a lower-case type with a hyphen: "Sejong-daero", "Teheran-ro" (the type is checked)
_HYPHENED = re.compile(r"(?<![\w\-])([^\W\d_a-z][\w'’]+(?:-[^\W\d_a-z][\w'’]*)*)-([a-z]+)(?![\w\-])")


@functools.lru_cache(maxsize=1)
def _both() -> frozenset[str]:
    v = vocab()
    return v.get("pre", frozenset()) | v.get("post", frozenset())


@functools.lru_cache(maxsize=1)
def _stems() -> frozenset[str]:
    """Every street word of :func:`vocab` without its dot, as ``_LETTERS`` reads it ("jl." -> "jl")."""
    v = vocab()
    return frozenset(w for x in (*v.get("pre", ()), *v.get("post", ())) for w in _LETTERS.findall(x))


_VTOKEN = re.compile(r"[^\W_][\w'’\-]*\.?")
#: round seven b: with the flat and floor of a Turkish address after it ("No: 12 D: 4", "No: 7 Kat: 2 Daire: 5")
_VNUM = re.compile(r"\d{1,5}[A-Za-z]?(?:[ \t]?/[ \t]?\d{1,4}[A-Za-z]?|-\d{1,4}[A-Za-z]?(?:-\d{1,4})?)?"  # round eight: "1361-39"
                   r"(?:[ \t](?:bis|ter|quater)(?![\w]))?"
                   r"(?:[ \t]+(?:D|Daire|K|Kat)\.?[ \t]?:?[ \t]?\d{1,4}[A-Za-z]?(?![\w]))*")
#: what may stand between a street's name and its number: "Caddesi No: 12", "Jalan Merdeka No. 45", "Sokak 5"
_VGAP_NUM = re.compile(r"(?:,?[ \t]+|,)(?:(?:No|Nr|N[º°o]|Nu|Nomor|Số|So)\.?[ \t]*:?[ \t]*|#[ \t]*)?(?=\d)", re.IGNORECASE)
_PART_END = re.compile(r"[ \t]*(?:$|\n|[,;)\"'|]|\.(?!\d))")
_NUMBER_WORDS = frozenset("no nr nº n° nu nomor số so".split())  # "Sokak No: 5": the number's mark, not a name
_VPARTICLES = frozenset(_PARTICLES.split("|"))


def _common(word: str) -> bool:
    """A word in everyday use (``tagger_common_words.txt``, 5,800 words; Webster's holds "begum" and "bryan"), or
    its plural."""
    from ._rec_tagger import common_words

    words = common_words()
    return word in words or word.endswith("s") and word[:-1] in words


def _vocab_key(token: str) -> tuple[str, str]:
    low = token.casefold()
    return low, low.rstrip(".")


def _capitalised(token: str) -> bool:
    """A capitalised word, or (round ten) a word of a script without capitals ("شارع الحمراء 12")."""
    from ._rec_address10 import uncased

    return token[:1].isupper() and not token[:1].isdigit() or uncased(token)


def vocab_streets(text: str) -> list[tuple[int, int]]:
    """Street lines built around a street word of ``data/address_vocab.txt``: a type before the name ("Jalan
    Merdeka No. 45", "Ulica Długa 7", "Đường Lê Lợi"), or after it ("Atatürk Caddesi No: 12", "Nehru Marg",
    "Begum Rapid, 12"), with the house number before or after. A name of everyday words only is never a street
    ("Critical Path 2"); an English suffix word ("Land", "Row") needs a house number, a street type of another
    language ("Sokak", "Marg") does not. Only tokens in the lists start a look, so this costs one pass of a word
    regex over the text."""
    v = vocab()
    pre, post, weak10 = v.get("pre", frozenset()), v.get("post", frozenset()), v.get("weak10", frozenset())
    glued = [m for m in _HYPHENED.finditer(text) if m.group(2) in post]
    if _stems().isdisjoint(_LETTERS.findall(text.casefold())) and not glued:
        return []  # no street word at all (one C-level pass; the prompt of 200 words mostly ends here)
    toks = [(m.start(), m.end(), m.group()) for m in _VTOKEN.finditer(text)]
    both = _both()
    hits = [i for i, (_, _, t) in enumerate(toks) if (k := t.casefold()) in both or k[-1:] == "." and k[:-1] in both]
    hits = [i for i in hits if not toks[i][2][0].isdigit() and toks[i][2].casefold() not in _VPARTICLES]
    if not hits and not glued:
        return []
    g = gazetteer()
    out: list[tuple[int, int]] = []

    def number_after(end: int) -> int:
        gap = _VGAP_NUM.match(text, end, end + 12)
        if not gap:
            return -1
        num = _VNUM.match(text, gap.end())
        if not num or (num.end() < len(text) and (text[num.end()].isalnum() or text[num.end()] in "%.,/" and
                                                  num.end() + 1 < len(text) and text[num.end() + 1].isdigit())):
            return -1
        if re.fullmatch(r"(?:19|20)\d\d", num.group()):
            return -1  # a year: "Jalan Merdeka, 2021"
        if "," in text[end : gap.end()] and not _PART_END.match(text, num.end()):
            return -1  # after a comma the number ends the part: "Main Street, 12 stores" counts stores
        return num.end()

    def spaced(a: int, b: int) -> bool:
        return text[toks[a][1] : toks[b][0]] in (" ", "  ")  # never across a table cell's tab

    for m in glued:  # "Sejong-daero 110", "Teheran-ro 152": a type glued with a hyphen
        num_end = number_after(m.end())
        before = _VNUM_BEFORE.search(text, max(0, m.start() - 12), m.start())  # "459 Dosan-daero" (round seven b)
        if num_end > 0 or before or not _common(m.group(1).casefold()):
            out.append((before.start() if before else m.start(), num_end if num_end > 0 else m.end()))
    for i in hits:
        ts, te, tok = toks[i]
        low, bare = _vocab_key(tok)
        headed = _capitalised(tok) or i == 0 or text[toks[i - 1][1] : ts].strip(" \t") in (":", "=", "-", ">")
        # round ten: a lower-case type no English word, with a house number after the name ("ul Lenina 5", "вулиця
        # Хрещатик 22", "провулок Тихий 7"); "via DHL 3 times" stays (an everyday word)
        lower = not headed and not everyday(bare)
        if (low in pre or bare in pre) and (headed or lower):
            names, j = [], i + 1
            while j < len(toks) and len(names) < 4 and spaced(j - 1, j) and not toks[j][2][0].isdigit() and \
                    toks[j][2].casefold().rstrip(".:") not in _NUMBER_WORDS and (
                    _capitalised(toks[j][2]) or toks[j][2].casefold() in _VPARTICLES
                    and any(_capitalised(t[2]) for t in toks[j + 1 : j + 3])):  # "Soi van der Spaendonc 1"
                names.append(toks[j][2])
                j += 1
            while names and names[-1].casefold() in _VPARTICLES:
                names.pop()
                j -= 1
            if names:
                end = toks[i + len(names)][1]
                num_end = number_after(end)
                plain = [w.strip(".").casefold() for w in names if w.casefold() not in _VPARTICLES]
                before = _VNUM_BEFORE.search(text, max(0, ts - 12), ts)
                if lower and (num_end < 0 or all(_common(w) for w in plain)):
                    pass
                elif num_end > 0 or before or (not (everyday(bare) or low in weak10) or _POSTCODE_NEAR.match(text, end, end + 60)) and not all(
                        _common(w) or w in g.countries for w in plain):
                    # without a number only after a type that is no English word ("Jalan Raya", not "Plaza Hotel")
                    out.append((before.start() if before else ts, num_end if num_end > 0 else end))
                    continue
        if low in post or bare in post:
            k = i
            while k - 1 >= 0 and i - k < 3 and spaced(k - 1, k) and _capitalised(toks[k - 1][2]) and \
                    toks[k - 1][2].casefold().rstrip(".") not in pre:
                k -= 1
            if k == i:
                continue
            names = [toks[x][2].strip(".").casefold() for x in range(k, i)]
            if all(_common(w) or w in g.countries for w in names):
                continue  # "Critical Path 2", "Disney Land"
            start = toks[k][0]
            before = _VNUM_BEFORE.search(text, max(0, start - 12), start)
            num_end = number_after(te)
            weak = everyday(bare) or bare in _ENGLISH_ONLY or low in weak10
            if weak and not before and num_end < 0 and not _HOUSE_BEFORE.search(text, max(0, start - 40), start) \
                    and not _TOWN_POSTCODE_NEAR.match(text, te, te + 80):
                continue  # "Begum Rapid" only as "Parry Farm, Begum Rapid" or "Begum Rapid, Allanchester, B2 3RD"
            out.append((before.start() if before else start, num_end if num_end > 0 else te))
    return out


#: a British house name before the street ("Parry Farm, "), and a postcode after it on the same or next line
_HOUSE_BEFORE = re.compile(rf"(?<![\w])(?:{_CAPW}[ \t]){{1,2}}(?:Cottage|Cottages|Lodge|Farm|Farmhouse|Barn|Manor|Grange|"
                           rf"Mill|Rectory|Vicarage|Bungalow|House|Hall),[ \t]*$")
_POSTCODE_NEAR = re.compile(rf"(?:[^\n|\t]{{0,50}}?,[ \t]*|[^\n|\t]{{0,50}}?\n[ \t>]*(?:[^\n|\t]{{0,30}}?[ \t,])?)"
                            rf"(?:{_UK_POSTCODE}|(?!(?:19|20)\d\d(?!\d))\d{{4,6}}(?![\w%.,]))")
#: after an English suffix word with no number: its town and postcode, the block's way ("Begum Rapid, Allanchester,
#: B2 3RD", "Begum Rapid\n> Allanchester\n> B2 3RD"), never any postcode further on ("Hospital Warehouse 3 | … 6232")
_TOWN_POSTCODE_NEAR = re.compile(rf"(?:,[ \t]*(?:{_CAPW}[ \t]?){{1,3}}){{0,2}}(?:,[ \t]*|[ \t]*\n[ \t>]*)"
                                 rf"(?:(?:{_CAPW}[ \t]?){{1,3}}[ \t]*\n[ \t>]*)?"
                                 rf"(?:{_UK_POSTCODE}|(?!(?:19|20)\d\d(?!\d))\d{{4,6}}(?![\w%.,]))")
#: a house number before the street; round seven b: with its sub-number ("128-38 Sejong-daero", "32-1, Lorong …", as
#: Korea's lot numbers and Malaysia's unit-lot pairs write it)
_VNUM_BEFORE = re.compile(r"(?<![\w\-/.,])(?!(?:19|20)\d\d(?!\d))\d{1,5}(?:-\d{1,4})?[A-Za-z]?(?:/\d{1,4})?,?[ \t]+$")
#: English suffix words that are no everyday words but still name streets only with a house number ("Blvd", "Pkwy")
_ENGLISH_ONLY = frozenset("st rd ave blvd ln dr ct pl ter cir pkwy sq hwy trl aly ctr ext fwy".split())


# -- round eight, second pass: unit chains and admin-unit parts -------------------------------------------------
#: one part of an address written as a chain of units, floors, blocks and administrative units, comma-separated:
#: Hong Kong's "Flat 25H", "31/F", "G/F", "Rm 01", "Block 10"; Singapore's "Blk 318", "#14-1323"; Greek floors
#: "1os orofos"; Latin American "depto 1833", "piso 4", "of. 12"; Ethiopia's "Kebele 10", "Woreda 14",
#: "H.No. 676", "House No. 357", "Yeka Sub-City"; and a "P.O. Box 15772"
_CHAIN_PART = (
    rf"(?:(?i:Flat|Rm\.?|Room|Unit|Apt\.?|Suite|Shop|Block|Blk\.?|Tower|Kebele|Woreda|Ward|Zone|Depto\.?|Dpto\.?|"
    rf"Departamento|Piso|Oficina|Of\.|Casa|Torre|Bloque|Mahalle|Moo)[ \t]*\d{{1,5}}[A-Z]?(?![\w/])"
    rf"|(?:\d{{1,3}}|[GLUM]|UG|LG)/F(?![\w/])"  # a Hong Kong floor
    rf"|#[ \t]?\d{{1,3}}-\d{{1,5}}(?![\w\-])"  # a Singapore unit
    rf"|\d{{1,2}}(?:os|is|o|i|ος|ης)[ \t]+(?:orofos|όροφος|ορόφου)(?![\w])"  # a Greek floor
    rf"|(?:H\.[ \t]?No\.?|House[ \t]+No\.?|Plot[ \t]+No\.?)[ \t]*\d{{1,5}}[A-Z]?(?![\w])"
    rf"|P\.?[ \t]?O\.?[ \t]?Box[ \t]*\d{{2,6}}(?![\w])"
    rf"|(?:{_CAPW}[ \t]){{0,2}}{_CAPW}[ \t\-](?i:Sub-?City|Subcity|Woreda|Kebele){_END})"
)
#: a cheap test first: a word or mark that opens or closes a chain part (most prompts hold none)
CHAIN_CUE = re.compile(r"(?i)\b(?:flat|rm|room|unit|apt|suite|shop|block|blk|tower|kebele|woreda|ward|zone|depto|dpto|"
                       r"departamento|piso|oficina|of|casa|torre|bloque|mahalle|moo|orofos|sub-?city|subcity|h\.[ \t]?no|"
                       r"house[ \t]+no|plot[ \t]+no|p\.?[ \t]?o\.?[ \t]?box)\b|\d/F\b|\b[GLUM]/F\b|#[ \t]?\d")
#: a chain of at least two such parts ("Rm 01, 23/F", "Kebele 08, Lideta Sub-City, H.No. 87"), then perhaps the
#: name of an estate or building ("…, 23/F, Kornhill Gardens", "…, Block 10, Laguna City"); the tail and the
#: block growth take what follows (", Lai Chi Kok, Kowloon")
UNIT_CHAIN = re.compile(
    rf"(?<![\w/#\-]){_CHAIN_PART}(?:,?[ \t]+{_CHAIN_PART})+"
    rf"(?:,[ \t]*(?!(?:19|20)\d\d)(?:{_CAPW}[ \t]){{0,3}}{_CAPW}(?=[ \t]*(?:$|\n|[,;|)]|\.(?!\w))))?")
#: a chain part before a street the shapes found ("Flat 25H, 31/F, Block 10, Laguna City, " + "1183 Cha Kwo Ling
#: Road"; "Blk " + "318 Toa Payoh Lorong 1")
CHAIN_BEFORE = re.compile(
    rf"(?<![\w/#\-])(?:{_CHAIN_PART},?[ \t]+)+(?:(?:{_CAPW}[ \t]){{0,3}}{_CAPW},[ \t]+)?$"
    rf"|(?<![\w])(?i:Blk\.?|Block|Flat|Rm\.?|Unit)[ \t]+$")
#: a chain part after a street ("Odos Ermou 94" + ", 1os orofos"; "Arturo Prat 701" + ", depto 1833";
#: "… Lorong 1" + ", #14-1323")
CHAIN_AFTER = re.compile(rf"(?:,?[ \t]+{_CHAIN_PART})+")
#: a street name and number that no street word marks, closed by a unit part of the chain: "Arturo Prat 701, depto
#: 1833", "Portugal 4983, depto 1742", "Odos Tsimiski 12, 3os orofos"
NAME_NUMBER_UNIT = re.compile(
    rf"(?<![\w])(?:{_CAPW}[ \t]){{0,3}}{_CAPW}[ \t]+\d{{1,5}}[A-Z]?(?=,?[ \t]+{_CHAIN_PART})")
#: a Singapore block and its street, which no street word marks: "Blk 318 Toa Payoh Lorong 1", "Blk 12A Bedok North
#: Road"; then ", #14-1323" and ", Singapore 648888" (the country stays, its postcode does not)
SG_BLOCK = re.compile(rf"(?<![\w])(?:Blk|BLK|Block)\.?[ \t]+\d{{1,4}}[A-Z]?[ \t]+(?:{_CAPW}[ \t]?){{1,5}}(?:\d{{1,3}}[A-Z]?)?"
                      rf"(?=[ \t]*(?:,|\n|$|;|\.(?!\w)))")
#: a street name and house number that no street word marks, where an address stands: after "at"/"to"/"in" or a
#: comma, closed by a comma and a town, or by the end of the clause: "went to Maizonos 87 instead", "Tsimiski 34,
#: Thessaloniki" (the name must be no everyday word and no given name: ``_rec_address`` checks)
NAME_NUMBER_BARE = re.compile(
    rf"(?=[{_U}])(?:(?<=\b(?:at|to|in|At|To|In)[ \t])|(?<=,[ \t]))(?P<name>(?:{_CAPW}[ \t]){{0,2}}{_CAPW})[ \t]+"
    rf"(?!(?:19|20)\d\d(?!\d))\d{{1,4}}[A-Z]?(?![\w/:.,]\d|[\w%/:])"
    rf"(?=,[ \t]*(?P<town>{_CAPW}(?:[ \t]{_CAPW})?)|[ \t]*(?:[.;)]|$|\n)|[ \t]+(?:instead|and|before|after|for|on)\b)")


# Round nine b (P7): national address forms of Central/Eastern Europe, Iran and Nepal, whole, as one span each.
_NAT_NUM = rf"\d{{1,4}}[a-zA-Z{_L}]?(?:[/\-](?:\d{{1,4}}[a-zA-Z]?|[IVX]{{1,4}}))?(?![\w])"  # "73/II": a floor
_NAT_TOWN = rf"{_CAPW}(?:[ \t\-]{_CAPW}){{0,2}}"
_NAT_SEP = r"(?:,[ \t]*|[ \t]*\n[ \t>]*)"
#: a unit after a Slavic street: RU/UA "д. 9, корп. 5, кв. 70" (romanised "d. 134, kv. 290"), RS/HR/SI "stan 16",
#: "sprat 2", "ulaz B"; after a comma, or after a space with the abbreviation's dot
_NAT_UNIT_WORDS = ("д|дом|корп|корпус|к|стр|строение|кв|квартира|оф|офис|пом|лит|эт|подъезд|d|dom|korp|k|str|kv|"
                   "of|pom|lit|stan|стан|sprat|спрат|ulaz|улаз|lokal|lok|kat|vchod|byt|bl|sc|et|ap|ет|ап|вх|бл")  # RO/BG blocks, flats
_NAT_UNIT = (rf"(?:,[ \t]*(?i:{_NAT_UNIT_WORDS})\.?|[ \t]+(?i:{_NAT_UNIT_WORDS})\.)[ \t]*(?:№[ \t]*)?[A-Z{_U}]?{_NAT_NUM}")
#: Hungarian floor and door after the house number: "89. 6. em. 3.", "12. III. emelet 4. ajtó", "5. fszt. 2."
_HU_FLOOR = (r"(?:\.?[ \t]*(?:(?:\d{1,2}|[IVX]{1,4})\.[ \t]*em(?:elet|\.)|fszt\.?|földszint)"
             r"(?:[ \t]*\d{1,3}\.?(?:[ \t]*ajtó)?)?)")
#: a Russian town before the street: "193305, г. Санкт-Петербург, ", "102435\nг. Москва\n", "196367, Самара, "
_RU_HEAD = (rf"(?:(?<![\w\-.])\d{{6}}{_NAT_SEP}(?:(?:г|g|гор|пос|пгт|с|дер)\.[ \t]*)?{_NAT_TOWN}{_NAT_SEP}"
            rf"|(?<![\w])(?:г|g|гор|пос|пгт)\.[ \t]*{_NAT_TOWN}{_NAT_SEP})")
_RU_TYPE = r"(?:ул|ulitsa|ul|просп|пр-т|пр|пер|бул|наб|пл|ш|prospekt|pr|per|bul|nab|pl|sh|mkr|мкр)"  # its gate: a dot
#: the town and index after the units: "…, Kazan, 420870"
_RU_TAIL = rf"(?:,[ \t]*{_NAT_TOWN}(?=,[ \t]*\d{{6}}(?!\d)|[ \t]*(?:$|[.;\n]))(?![ \t]*\n))?(?:,[ \t]*\d{{6}}(?![\d\-]))?"
_SLAVIC_HEAD = ("Trg|Bulevar|Ulica|Cesta|Obala|Šetalište|Naselje|Kej|Prolaz|Булевар|Улица|Трг|Кеј|Обала|Насеље|"
                "Aleja|Aleje|Plac|Osiedle|Náměstí|Nábřeží|Námestie|Třída|Bulevardul|Vulytsia|Вулиця|Ulitsa|Prospekt|Проспект")
_HU_TYPE = r"(?:utca|út|útja|tér|tere|körút|krt\.|u\.|sor|köz|sétány|fasor|rakpart|lakótelep|ltp\.|liget|park|dűlő|udvar)"
#: Iranian parts: "Unit 18", "No. 92", "Plaque 69", "Alley 32", "Bahar Alley", "Hafez St.", "Zand Blvd.", "Chamran Hwy."
_IR_PART = (rf"(?:(?:Unit|No\.|Plaque|Pelak|Alley|Kucheh|Koocheh|Floor|Block)[ \t]*\d{{1,4}}"
            rf"|(?:{_CAPW}[ \t]){{1,2}}(?:St\.|Street|Ave\.|Avenue|Blvd\.|Boulevard|Hwy\.|Highway|Sq\.|Square|Alley|Kucheh|"
            rf"Lane|Khiaban|Kheyaban)|(?:Kucheh|Koocheh|Kheyaban|Khiaban|Bonbast|Meydan)[ \t]+{_CAPW})")
_IR_CODE = r"\d{5}-?\d{5}(?![\d\-])"
#: Nepal's municipality and ward: "Chure Rural Municipality-6", "Kathmandu Metropolitan City-10", "… Municipality, Ward No. 4"
_NP_MUNI = (rf"(?:{_CAPW}[ \t\-]){{1,3}}(?:Rural[ \t]+Municipality|Municipality|Sub-Metropolitan[ \t]+City|"
            rf"Metropolitan[ \t]+City|Gaunpalika|Nagarpalika)(?:[ \t]*[-–][ \t]*|,?[ \t]+Ward[ \t]+(?:No\.?[ \t]*)?)\d{{1,2}}(?![\w])")
NATIONAL = [re.compile(p) for p in (
    # RU/UA/BY: [index, town,] street [, д.] number [units] [, town, index]
    rf"(?:{_RU_HEAD})?(?<![\w])(?:{_RU_TYPE}\.?[ \t]+(?:{_CAPW}[ \t]?){{1,3}}|(?:{_CAPW}[ \t]){{1,3}}{_RU_TYPE}\.)"
    rf"(?:,?[ \t]*(?:(?i:д|дом|d)\.?[ \t]*)?{_NAT_NUM})(?:{_NAT_UNIT})*{_RU_TAIL}",
    # Slavic head word, lower-case words after it: "Trg francoske revolucije 108a", "Bulevar oslobođenja 35/24"
    rf"(?<![\w])(?:{_SLAVIC_HEAD})(?:[ \t]+[^\W\d_][\w'’.\-]*){{1,4}}?[ \t]+{_NAT_NUM}(?:{_NAT_UNIT})*",
    # a street with no street word and a flat: "Karađorđeva 18, stan 16", "Обреновићева 67/11, стан 3"
    rf"(?<![\w])(?:{_CAPW}[ \t]){{0,2}}{_CAPW}[ \t]+{_NAT_NUM}(?:{_NAT_UNIT})+",
    # Hungarian: [postcode town,] name type number[.] [floor door]
    rf"(?:(?<![\w])\d{{4}}[ \t]+{_NAT_TOWN},[ \t]*)?(?<![\w])(?:{_CAPW}[ \t]){{1,3}}{_HU_TYPE}[ \t]+\d{{1,4}}(?:/[A-Za-z])?\.?"
    rf"(?:[ \t]*{_HU_FLOOR})?",
    # Iranian: two or more parts, then perhaps the town and its ten-digit code
    rf"(?<![\w]){_IR_PART}(?:,[ \t]*{_IR_PART})+(?:{_NAT_SEP}{_NAT_TOWN}[ \t]+{_IR_CODE})?",
    # Nepali: [tole, ] municipality-ward, then district and province lines or parts
    rf"(?:(?<![\w])(?:{_CAPW}[ \t]){{0,2}}{_CAPW},[ \t]*)?{_NP_MUNI}"
    rf"(?:{_NAT_SEP}{_NAT_TOWN}(?:[ \t]+(?:District|Province|Pradesh))?(?=[ \t]*(?:$|[\n,;\"]))){{0,3}}",
    # a street of a person's or place's name and a house number where only an address stands: "the home address
    # to Žiga Zois 40a", "nobody at Cara Dušana 46,", "lives at Nemanjina 17/6"
    rf"\b(?:address|addressed)[ \t](?:is|to|as|at|of|was)[ \t](?P<v>(?:{_CAPW}[ \t]){{1,2}}(?!(?:19|20)\d\d(?!\d)){_NAT_NUM})"
    rf"(?=[ \t]*(?:$|[\n,;.)]))",
    rf"\b(?:nobody|no-one|lives|living|resides|residing|registered)[ \t](?:at|on)[ \t](?P<v>(?:{_CAPW}[ \t]){{1,2}}"
    rf"(?!(?:19|20)\d\d(?!\d)){_NAT_NUM})(?=[ \t]*(?:$|[\n,;.)]))",
)]
#: the value of an address field of a JSON or key-value record: "line1": "Немањина 17/6", "street": "…"
_ADDRESS_FIELD = re.compile(r"(?i)[\"']?\b(?:line_?1|address_?(?:line_?)?1?|street(?:_address)?|addr(?:ess)?_?1?)[\"']?"
                            r"[ \t]*[:=][ \t]*[\"'](?P<v>[^\"'\n]*\d[^\"'\n]*)[\"']")


#: one cheap test per form above (a word each needs), so most prompts run none of them
_NATIONAL_GATES = [re.compile(p) for p in (
    r"(?:ул|ul|пр|пер|бул|наб|пл|ш|pr|per|bul|nab|pl|sh|mkr|мкр)[\w\-]*\.|ulitsa|prospekt|просп",
    _SLAVIC_HEAD,
    r"\d[^\W\d_]?(?:/\d+)?,?[ \t]+[^\W\d_]{1,8}\.?[ \t]*\d",  # a number, a short word, a number: "18, stan 16"
    _HU_TYPE + r"[ \t]+\d",
    r"Unit|No\.|Plaque|Pelak|Alley|Kucheh|Koocheh|Kheyaban|Khiaban|Bonbast|Meydan",
    r"Municipality|Metropolitan|palika",
    r"address",
    r"nobody|no-one|lives|living|resides|residing|registered",
)]
_FIELD_GATE = re.compile(r"(?:line|addr|Addr|Line|street|Street|ADDR|LINE|STREET)\w*[\"']?[ \t]*[:=]")


def national_spans(text: str) -> list[tuple[int, int]]:
    """Round nine b: the national forms above, each match one address (its country is joined after, by
    ``_rec_address_countries``); a trailing dot or comma stays outside."""
    out = []
    for p, gate in zip(NATIONAL, _NATIONAL_GATES):
        if not gate.search(text):
            continue
        for m in p.finditer(text):
            if "v" in p.groupindex:  # the cue before the street is no part of it
                if not _english(m.group("v")):
                    out.append(m.span("v"))
                continue
            if p in _NAMED_FORMS and _english(m.group()):
                continue
            out.append((m.start(), m.end() - len(m.group()) + len(m.group().rstrip(" ,\t\n"))))
    for m in _ADDRESS_FIELD.finditer(text) if _FIELD_GATE.search(text) else ():
        if len(m.group("v")) <= 80 and re.search(r"[^\W\d_]{2}", m.group("v")):
            out.append(m.span("v"))
    return out


_NAMED_FORMS = NATIONAL[1:3]  # the head-word and the bare-name forms: their words may be English prose
_NAT_WORD = re.compile(r"[^\W\d_]{2,}")


def _english(found: str) -> bool:
    """Most of the words before the number are everyday English ("The Ulica project is at version 2", "Chapter 3,
    str. 45"): prose, no street."""
    words = [w.casefold() for w in _NAT_WORD.findall(re.split(r"\d", found, maxsplit=1)[0])]
    return bool(words) and sum(_common(w) or everyday(w) for w in words) * 2 > len(words)
