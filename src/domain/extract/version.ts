// Which extractor stored an article: stored with it, so that a newer extractor knows what to redo.
// A module of its own, so that reading the version does not load the extractor.

// 3: person keys keep accents; facts are consolidated across articles.
// 4: figures carry their context (metric, indicator, subject, normalised period, comparison, status).
// 5: subjects from named firms, bodies and projects, and from the sentence before when this one names none; metrics read past verbs and compounds.
// 6: holders named earlier or in the title, sectors, lists and comparisons.
// 7: labels before a colon or a parenthesis, owners after the noun ("thuộc dự án X"), contrasts ("trong khi Nga chỉ là ...", its holder the subject),
//    "con số" and comparatives, a growth named before its figure ("đạt tốc độ tăng trưởng GDP trên 3%").
// 8: a noun valued by "trị giá", after a parenthesised restatement, before a demonstrative and "là"; amounts joined by "và" share their noun;
//    a project's bare capital ("vốn", "tổng vốn") is investment; "(cùng kỳ tăng X%)" and ", tăng X%" after a per-head unit measure the figure before;
//    a count named again by its classifier or noun measures the "số ..." phrase before it; visitors are the place's they go to.
//    an unnamed "Chính phủ", "Quốc hội" sets the nation's figures; "chỉ số", "chỉ tiêu" are never cut; more inflation and investment cues.
//    "(cùng kỳ tăng X%)" measures the figure of its unit before, a year earlier; ", đạt X" closing a clause measures the noun it opens with.
//    "của dự án" refers to the project named before; "xuất khẩu và nhập khẩu" is one noun (trade); an owner may list holders.
//    a segmented source's joined syllables are one word: no metric or figure text is cut inside one.
//    a capital standing for its state ("Bắc Kinh", "Washington") holds figures as the country.
//    a syllable continuing a segmented word is no function word of its own ("gián_tiếp"); "từ mức X" after a figure measures the same.
// 9: a verb moving a level after an aspect or voice marker ("đã được nâng từ X") is the predicate and its subject is measured;
//    before a copula the clause stays with its subject ("tổng số doanh nghiệp đang hoạt động là X"); a counted noun keeps its
//    relative clause ("người chưa tham gia bảo hiểm y tế", "con bị chết"); a noun never starts inside a function word.
//    a title figure takes the holder, period and metric of its restatement in the body; "công ty Hoàng Quân" holds its figures.
//    ", chỉ bằng X%" restates; "X% của A, Y% của B" and "NP là A (x%), B (y%)" measure their head; growth named earlier in a clause; "từ a lên b".
//    a segmented capitalised syllable joined to a lowercase one ("Hiệp_định") is no holder; "X% NP của Y" is Y's; a source is no title topic;
//    "Tại X, ..." opening a sentence sets its scene; an article naming neither Vietnam nor a province is about the country it names most.
//    capital named without its kind ("vốn đăng ký", "vốn giải ngân") in a sentence about FDI is FDI, registered or disbursed.
// 10: a country's name inside a longer segmented word ("Nhật_Hào", "Thủ_Đức", "Lào_Cai") or, unsegmented, before one more
//    Vietnamese syllable ("Nhật Hào") is no country.
//    a project designated by its number ("tuyến metro số 1") is a holder and, after a metric, its owner; a passive's agent
//    ("được UBND TP phê duyệt") holds only when the sentence names nothing else before it.
//    a metric that is only a name's capitalised words is none; "45 tỉ USD nợ công"; "hiện" before the predicate and
//    "hằng năm" after a rate are passed over; a name never swallows the amount after it ("Hạ Long 650 tỉ"); "TP. HCM" in a name.
//    a body in a speaker's title is no topic for the sentences after it; "NN & PTNT" is one name; "GDP Việt Nam" measures "GDP".
//    a move to a level ("giảm còn 6,2%", "tăng lên 25%", "xuống còn") and the level it starts from ("từ 10%") are levels.
//    the value compared with ("... trong quý 2 so với 6,4% của quý trước") measures the same, of its own or the comparison period.
//    "dự tính", "dự kiến" before a noun end it ("tư vấn dự tính tổng vốn là X"); a project's "tổng vốn khái toán" is investment.
//    "(tăng X%)" after a rate, "từ A% của năm trước xuống còn B%" measure the figure before; an origin ("từ Việt Nam") is no noun.
//    a name after a sentence-opening "Tại", "Theo" is a holder ("Tại Amsterdam, ..."); a quoted body leaves a sentence elided.
//    a local unit ("huyện Hương Khê", "xã Hương Giang") holds its sentence's figures, named with its province; the larger units
//    of its address are no topic; one that is a person's home ("ngụ huyện X") holds nothing.
//    "từ 30 triệu đồng đến 300 triệu đồng" is one range; "61% trở lên" is more than, "trở xuống" less than.
//    academic degrees ("TS", "PGS", "GS") and a name after "/" are no holders; a place after "tại", "ở" holds what is no flow.
//    cm, mm, gam, mg, ml, hải lý, feet, dặm are units; "đòi", "báo" before a noun end it; "hiện tại" after an amount is no noun.
//    in a sentence about a tariff, the origin of the goods it targets ("hàng hoá Trung Quốc", "mặt hàng của Mỹ") is no holder.
//    a person without an official title who opens a clause and does what its figure is ("ông Dũng đưa ra mức bồi thường") holds it.
// 11: police, prosecutors and courts hold no figure of their cases; a body named by its head alone ("UBND xã", "HĐQT") stands for
//    the body of that head named before, or holds its figure unnamed; a head before a place is that place's body.
//    a sentence opening with two capitalised words opens with a name; a made thing ("tên lửa Scalp", "tàu Castor N") holds its measures.
//    a counted noun keeps "thuộc ..." and a clause opened by two markers ("đang bị mất tích"); "căn hộ", "toà nhà" are counted whole.
//    "tăng 4,3% về số lượng" measures the noun after "về"; "tăng NP lên (thành) X" is the level reached.
//    "hiện", "đến nay" with no period named make a stock up to now (rel:..); a plan cue in a name ("Bộ Kế hoạch") or after the
//    measured noun's head ("vốn đầu tư cam kết") makes no target; a year after a figure glossed in parentheses is its period;
//    "năm tài chính 2018"; "Nhất" ending a name is no superlative.
//    a number after a name is a figure when a unit measures it ("cách Quy Nhơn 100 hải lý"); a label's syllable inside a word
//    ("triệu_tập 47 người", "phục_vụ 36 triệu khách") labels nothing; an organisation's name stops at a verb ("thực hiện").
//    the actor rule passes over an aside in parentheses after the name; "phấn đấu tăng trưởng X%" is a growth rate planned.
//    a count indicator names the metric's head ("220 căn hộ ... đối với dự án" counts no projects); places in parentheses
//    after a holder are its address ("Dự án hồ chứa nước X (Đắk Lắk)"); "vọt lên X" is the level reached; a place people use
//    ("chợ Hạ Long", "ga Hà Nội", "bệnh viện Chợ Rẫy") holds what it has; "Việc tăng X% NP" measures the noun after the rate.
//    the actor rule passes over asides between commas ("A, SN 1985, trú tại xã X, huyện Y, đã ...") and named things between;
//    "SN", "PV", "BKS", "CMND" are no holders; a nationality ("quốc tịch Cyprus") is no holder.
//    after an honorific, a lone given name in a segmented source is a mention of the full name ("Bị_cáo Hiếu đại_diện");
//    a body in a title written after a speaker's name ("ông X, phó chủ tịch UBND TP Y,") is their affiliation, no topic;
//    a person's verbs listed between commas close by ("A đã nhận, chiếm đoạt X") are still theirs; an effect on a measure
//    ("tác động đến tăng trưởng GDP là 0,166%", "làm giảm thu ngân sách 9.200 tỷ đồng") is no value of its indicator.
// 12: a day is a period ("Ngày 23-8", "sáng 4-11", "ngày 25/7/2018" -> "2018-07-25", "rel:Y:08-23"), as are a range of days, from a
//    day on and up to a day ("tới ngày 30-9"); the day of an event governs only when no other period of the sentence does, and
//    not a deadline ("trước ngày 30-10"), the day a report came out ("công bố ngày 12-7"), a day before an announcement
//    ("Ngày 5-12, Bộ Thương mại Mỹ tuyên bố ...") nor before what stands now ("hiện còn 3 người").
//    a country's body holds what it does ("Bộ Nông nghiệp Mỹ sẽ chi 14,5 tỉ USD"), the country of a body that is a source what
//    it tells ("Bộ Tài chính Nhật Bản cho biết thâm hụt ..."); "Đài" beginning "Đài Loan" opens no body.
//    capital ("tổng vốn", "tổng mức đầu tư") in a sentence about a project is investment, whoever holds it.
//    a counted noun keeps a qualifying clause ("70 huyện đạt chuẩn nông thôn mới", "200 hộ có nguy cơ sạt lở", "hộ còn lại");
//    "Ngoài", "Trừ", "Nhờ" opening a sentence open no name; a state ("bang Texas", "tiểu bang California") is a local unit.
//    "bắt đầu từ 1/6" is from that day on, "từ đầu tháng 5 đến giờ" from that month, "tháng 1-5/2018" those months.
// 13: a flow between two places is the pair's ("nhập siêu từ Trung Quốc" -> "Việt Nam - Trung Quốc", a tariff on "200 tỷ USD hàng
//    hoá Trung Quốc" -> "Mỹ - Trung Quốc"), the other place never its only holder; an amount of another unit with its own noun
//    after it ("áp thuế 25% lên 200 tỷ USD hàng hoá", "20 bánh heroin, 7kg ma tuý đá") measures that noun, not the figure
//    before; ", với X", ", chỉ X" after a clause is the value of the noun the sentence opens with, without what the clause
//    says of it ("Suất đầu tư khá thấp, chỉ 181,5 tỉ đồng/km"); "hãng này", "uỷ ban này" stand for the body named before;
//    what budget money is spent on is part of the metric ("chi ngân sách cho quốc phòng"), as is "per head" ("GDP / người",
//    "GNI thực tế trên đầu người"), both GDP per capita; ", gấp 3 lần Y" after an amount measures what the amount does, and
//    what follows "lần" is the base it is compared with ("gấp 2,5 lần mức lương tối thiểu"); "lên X / năm từ mức chỉ Y" is the
//    level it rose from, and what an amount is per ("/ năm") no noun; whatever moves "từ A vào B" is the pair's; a classifier
//    alone ("123 triệu lượt") counts what the figure before it in its list item classified ("134 triệu lượt du khách");
//    a budget estimate's spending or revenue ("tổng dự toán chi", "dự toán thu") is budget spending or revenue;
//    ", tỉ lệ bao phủ cao nhất cả nước, với X%" measures the noun phrase between the commas, and what a superlative ranks
//    among ("cao nhất cả nước") holds nothing; "..., trong khi cả nước X%" is the nation's value of what the figure before measures.
//    "từ tháng 5-2018 đến tháng 4-2019" and "tháng 5 và tháng 6-2007" are month ranges; "tăng 4,4% với năm trước" is a
//    comparison and "lần đầu tiên sau năm 2014" a starting point, neither the period; "tháng 6 năm ngoái" is that month of last
//    year, "5 năm trước" no last year, "Đến nay, ..." up to now, "từ cuối tháng 7/2018 đến nay" from that month on, and a period
//    joined right after a figure ("xuống còn 2,57% của năm nay") its own; an item "Trung Quốc (70%)" of a place's list ("các nhà
//    cung cấp chính của nước này là ...") is the pair's, the owner first; a capital speaking ("Bắc Kinh cho biết ...") is its
//    state, holds what it tells and is what "nước này" after it stands for; a destination after "đổ về", a dashed name with it
//    ("đổ về châu Á - Thái Bình Dương"), is no part of the metric, nor is "vượt xa" before what it outdoes; the growth of visitors
//    ("tăng trưởng khách quốc tế") is tourists; a series "NP đạt X, A Y, B Z" measures what its head measures, each item the
//    name's that opens it ("Thanh nhận 14 tỷ đồng; Phong 10 tỷ"); "A và B (lần lượt là X% và Y%)" gives the names' values in
//    turn, of what the figure before measures and with its change; "tăng cao nhất (153%)" is a change, its superlative no noun;
//    "nhiều năm qua", "từ nhiều năm nay" are no period; a valuation values the noun before its parenthesis ("nguồn thuỷ sản (trị
//    giá 2,8 tỉ USD)") or before its link ("số hàng ... sẽ đạt trị giá 172 tỉ USD"); guests ("khách") are tourists only in a
//    sentence about tourism ("vịnh này đón tới 5.000 khách"), not a bar's ("280 khách và nhân viên"); a scaled decimal is exact
//    ("4,1 tỉ" is 4100000000, not 4099999999.9999995); a speed is one unit ("km/h", "km / giờ") whose noun stands before it,
//    and one glossing a level ("mạnh cấp 8 (60-75 km/h)") measures what the level's clause opens with ("sức gió mạnh nhất");
//    a passive verb before the copula ("tổng mức đầu tư được phê duyệt là X") qualifies the noun measured.
// 14: a figure listed after another in its clause ("với tổng mức đầu tư X, chiếm Y ha đất, Z hộ dân phải di dời") is the
//    same holder's when no holder or person is named between (a count never a sector's); a name alone before a quantity
//    ("Hà Tĩnh có 1.991 ha lúa", "; Khải 4,1 gam ma tuý") is whose it is, and the noun after the unit is what it measures;
//    money after a tariff ("áp thuế lên 300 tỉ USD hàng hoá Trung Quốc") measures the goods after it, which are no value of
//    trade, and their pair's first place may be carried from a sentence before; "phải" opens a clause qualifying a counted
//    noun ("412 hộ dân phải di dời"), "không phải" none.
// 15: an acronym opening a sentence ("PVN gặp khó khăn ...") and a firm after "nhà thầu", "tổng thầu", "chủ đầu tư" or
//    "nhà đầu tư" name holders; a news outlet that reports ("VTC đưa tin") is a source, and traffic and riot police and police
//    departments ("CSGT", "PC45") are bodies of justice; a classifier's syllable opening a noun of its own ("con nhỏ", "bản án",
//    "con_bạc") is kept; a dimension before a comparative ("độ cao hơn 4.000 km") is the measure, "hơn" a bound; a noun after
//    a measure's unit keeps its relative clause ("10 ha rừng bị khai thác"), and a passive with a quantified agent ("được
//    nhiều phụ huynh đồng tình") is no such clause; "tương đương" before an amount is a copula ("Số tiền này tương đương 1 tỉ
//    USD") and no metric alone, nor is a letter ("0.05 S") or the acronym ending a place's name ("HCM" of "TP. HCM"); what a
//    firm does with money or land ends its name ("Công ty Sobexco thanh lý", "Tập đoàn Hòa Phát đạt"); an amount spent measures
//    what it is spent on ("chi 14,5 tỉ USD để trả trực tiếp cho nông dân", "chi 104 tỉ đồng cho các hoạt động ..."), never whom
//    it goes to ("cho ông Kiên"); nouns paired across a comma ("63 tỉnh, thành phố", "các bộ, ngành") are one, and "đối với"
//    ends a noun phrase; after a verb of mentioning ("đề cập đến sản lượng dầu ... là X") what follows is the noun; news
//    outlets ("Tuổi Trẻ Online", "Báo Tiền Phong", "Reuters", "PV Tuổi Trẻ Online" of a reporter) hold nothing; "trong 2 tháng
//    liền" is the last two months.
//    16: a bound or "now" after a counted noun ends it ("03 người trở lên", "5 toà nhà hiện không còn ai"; "hiện đại" stays).
export const EXTRACTOR_VERSION = 16;
