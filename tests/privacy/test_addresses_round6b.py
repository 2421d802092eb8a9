"""Round six, second pass: the address and phone families HELD-OUT-7 (seen) leaked, each with values written here
(not the split's), and the look-alikes that must stay."""

import pytest

from .conftest import assert_found, assert_not_found


# Chinese: an entrance (门) after a numbered building, and the room after it with no 室 (北京-style 号院/号楼/门)
@pytest.mark.parametrize("text, value", [
    ("收货地址：湖南省长沙市岳麓区枫林三路88号院3号楼2门1204（李明 收）", "湖南省长沙市岳麓区枫林三路88号院3号楼2门1204"),
    ("住址：开福区芙蓉中路19号院7号楼4门603\n联系电话：略", "开福区芙蓉中路19号院7号楼4门603"),
    ("原告：某某，住海淀区学院路30号院12号楼1门", "海淀区学院路30号院12号楼1门"),
])
def test_cn_entrance_after_building(privacy, text, value):
    assert_found(privacy, text, "ADDRESS", value)


# Chinese: an estate (公馆…) and its buildings written straight after the street or the house number
@pytest.mark.parametrize("text, value", [
    ("上门地址 雁塔区长安南路56号紫薇公馆12栋1单元803室，预约电话", "雁塔区长安南路56号紫薇公馆12栋1单元803室"),
    ("寄件地址：江汉区解放大道翠湖公馆9栋3单元1502室", "解放大道翠湖公馆9栋3单元1502室"),
])
def test_cn_estate_after_street(privacy, text, value):
    assert_found(privacy, text, "ADDRESS", value)


def test_cn_downstairs_is_no_floor(privacy):
    # "207楼下" is room 207, then "downstairs": the room is the address's, 楼下 is not
    red = privacy.redact("王五说昨晚在朝阳区光华路66号院2号楼3门508楼下被人刮了车。", privacy.new_vault())
    assert "楼下被人" in red.text and "508" not in red.text, red.text


def test_cn_course_count_is_no_entrance(privacy):
    assert_not_found(privacy, "这学期我选了5门课，共1200元。", "ADDRESS")


# phones with an RFC 3966 extension (";ext=") as vCards and CSV exports write it
@pytest.mark.parametrize("text, value", [
    ("Daytime phone: +91 98450 12345;ext=204.", "+91 98450 12345;ext=204"),
    ("Call 020 7946 0321;ext=88 for reception.", "020 7946 0321;ext=88"),
    ("TEL;TYPE=WORK:+254 712 345678;ext=31\nEND:VCARD", "+254 712 345678;ext=31"),
])
def test_phone_rfc3966_extension(privacy, text, value):
    assert_found(privacy, text, "PHONE_NUMBER", value)


# the house number after the street and a comma (East and Southern Africa, Latin America), a Rwandan numbered street
@pytest.mark.parametrize("text, value", [
    ("Witness walked home along Kiriri Street, 118, Nakuru.", "Kiriri Street, 118"),
    ("Affidavit of Jo Moss, of Adenta Road, 42, Accra, sworn today.", "Adenta Road, 42"),
    ("The box was left at Oxford Road, 356.", "Oxford Road, 356"),
    ("Residence: KK 15 Avenue, 210, Kigali since May.", "KK 15 Avenue, 210"),
])
def test_house_number_after_street(privacy, text, value):
    assert_found(privacy, text, "ADDRESS", value)


@pytest.mark.parametrize("text, street", [
    ("Footfall on Oxford Road, 2023.", "Oxford Road"),  # a year after the comma is no house number
    ("Revenue for Main Street, 12 stores in all.", "Main Street"),  # a count, not the end of an address
])
def test_street_metonym_or_year_is_no_house_number(privacy, text, street):
    red = privacy.redact(text, privacy.new_vault())
    assert street in red.text, red.text


# South Asian lines anchored by a landmark, Nepali ward numbers, Indian number heads
@pytest.mark.parametrize("text, value", [
    ("he stood at Plot 17, Opposite Market", "Plot 17, Opposite Market"),
    ("Affidavit of Ravi Rao, of No. 88, Behind Temple, Nashik, sworn", "No. 88, Behind Temple"),
    ("Postal address: Flat 212, Block Ganga, Near Water Tank.", "Flat 212, Block Ganga, Near Water Tank"),
    ("she was walking home along Gali No. 31, House Laxmi, Near Post Office, Pune.", "Gali No. 31, House Laxmi, Near Post Office"),
    ("the parcel was left at Ward No. 7, Baluwatar.", "Ward No. 7, Baluwatar"),
    ("send it to 57/Anand, Ward 3, Beside Bank, Nagpur", "57/Anand, Ward 3, Beside Bank"),
])
def test_south_asian_landmark_lines(privacy, text, value):
    assert_found(privacy, text, "ADDRESS", value)


def test_a_ward_without_a_place_is_no_street():
    # the rule reads "Ward No. 4" as an address line only before a comma and a place (the learned tagger may still
    # read a hospital ward as one; that is its own setting)
    from workbench.privacy._rec_address import AddressBlockRecognizer

    text = "The patient was moved to Ward No. 4 at noon."
    assert [r for r in AddressBlockRecognizer().analyze(text, ["ADDRESS"]) if r.score >= 0.5] == []


# Mexico's "C.P." and Indonesia's "RT/RW" inside the street's tail, and the region after them
@pytest.mark.parametrize("text, value", [
    ("SUPPLY ADDRESS Av. Juárez 118, Col. Centro, C.P. 44100, Guadalajara, Jalisco\nMeter", "C.P. 44100, Guadalajara, Jalisco"),
    ("address: Jl. Sudirman No. 12, RT 03/RW 05, Kel. Kebon Jati, Bandung 40181, Jawa Barat",
     "Jl. Sudirman No. 12, RT 03/RW 05, Kel. Kebon Jati, Bandung 40181, Jawa Barat"),
])
def test_postcode_marks_in_the_tail(privacy, text, value):
    assert_found(privacy, text, "ADDRESS", value)


# a British house name before the street, the street with or without a number
@pytest.mark.parametrize("text, value", [
    ("she was walking home along Lime Cottage, Orchard View.", "Lime Cottage, Orchard View"),
    ("billing address Willow Farm, Manor Way, Leeds, LS9 9TN, card on file", "Willow Farm, Manor Way"),
])
def test_house_name_before_street(privacy, text, value):
    assert_found(privacy, text, "ADDRESS", value)


# three dotted groups of six digits or fewer, with no phone cue, are a version or a time (a fuzzer draw of the
# negatives, seed 3), while a labelled one is still a phone
@pytest.mark.parametrize("text", ["Data: 16.24.60", "build 3.14.27 shipped", "Data：07.33.91"])
def test_short_dotted_number_is_no_phone(privacy, text):
    assert_not_found(privacy, text, "PHONE_NUMBER")


def test_short_dotted_number_with_a_label_is_a_phone(privacy):
    assert_found(privacy, "Tel. 20.12.34", "PHONE_NUMBER", "20.12.34")
