#!/usr/bin/env python3
"""Writes Tests/Fixtures/messy/content/: the facts of Tests/Fixtures/clean/content/ as office software
really writes them. Run from anywhere; the committed bytes are what the tests read.

Quirks: UTF-8 BOM, CRLF, `;` delimiter, Vietnamese column headers with diacritics, Windows-1258 files
(from `iconv -t WINDOWS-1258`, which writes tones as combining marks like Excel), NFD text, names in
old (hòa) and new (hoà) tone placement, unit names instead of codes, Vietnamese labels instead of codes,
numbers `1.234,5`, percents `9,5%`, dates dd/mm/yyyy and d/m/yyyy, empty `;;;;` rows."""
import os, subprocess, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "content")

def nfd(s): return unicodedata.normalize("NFD", s)

def write(rel, text, bom=False, crlf=True, enc="utf-8"):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if crlf: text = text.replace("\n", "\r\n")
    if enc == "windows-1258":
        data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "WINDOWS-1258"], input=text.encode("utf-8"),
                              check=True, capture_output=True).stdout
    else:
        data = text.encode("utf-8")
    if bom: data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f: f.write(data)

write("site.yml", """title: "Phong trào thử nghiệm: bản sạch"
organization: "UBND tỉnh Hòa Bình Thử"
base_url: "https://thu.example.vn/thi-dua/"
period: { start: 2021, end: 2023 }
number_format: vi
report_deadline: "05/12"
contact: "Sở Lao động - Thương binh và Xã hội"
""", bom=True)

write("units.csv", """Mã đơn vị;Tên đơn vị;Cấp;Mã cấp trên;Nhóm
01;Tỉnh Hòa Bình Thử;Cấp tỉnh;;
001;Huyện Đông;Cấp huyện;01;huyen_ngheo
002;Huyện Tây;huyện;01;
00001;Xã Hòa An;xã;001;
00002;""" + nfd("Xã Thủy Tiên") + """;XA;001;xa_dbkk
00003;Xã Tân Thạnh;Cấp xã;002;
00004;Xã Tân Thành;xa;002; xa_dbkk 
;;;;
""", bom=True)

write("indicators.csv", """Mã chỉ tiêu;Tên chỉ tiêu;Đơn vị tính;Chiều;Số lẻ;Tổng hợp
tong_so_ho;Tổng số hộ;hộ;Tăng;0;Tổng
so_ho_ngheo;Số hộ nghèo;hộ;Giảm;0;sum
ty_le_ho_ngheo;Tỷ lệ hộ nghèo;%;giảm;2;ratio:so_ho_ngheo/tong_so_ho
thu_nhap;Thu nhập bình quân đầu người;triệu đồng;tăng;1;không
""", enc="windows-1258")

write("targets.csv", """Chỉ tiêu;Áp dụng;Loại;Mức;Từ năm;Đến năm;Nhóm;Căn cứ
ty_le_ho_ngheo;*;giam_diem_moi_nam;1,5;;;;Kế hoạch số 12/KH-UBND ngày 05/3/2021
ty_le_ho_ngheo;tag:huyen_ngheo;giam_diem_moi_nam;2;;;;Kế hoạch số 12/KH-UBND ngày 05/3/2021
so_ho_ngheo;Huyện Đông;giam_so_luong;10;2022;2023;;
thu_nhap;*;toi_thieu;35,5;;2023;;
ty_le_ho_ngheo;Xã Tân Thạnh;giam_phan_tram_dau_ky;20%;;;g1;Kế hoạch số 12/KH-UBND ngày 05/3/2021
ty_le_ho_ngheo;xã tân thạnh;toi_da;8;;;g1;
""")

write("progress/2021.csv", """Tên đơn vị;Tổng số hộ;Số hộ nghèo;Thu nhập bình quân đầu người;Ghi chú
Xã Hoà An;1.234;130;25,5;
XÃ THUỶ TIÊN;900;95;30,25;Số liệu rà soát đầu kỳ
""" + nfd("Xã Tân Thạnh") + """;2.500;300;;
00004; 1.800 ;150;28;
;;;;
""", bom=True)

write("progress/2022.csv", """Đơn vị;Tổng số hộ;Số hộ nghèo;Tỷ lệ hộ nghèo;Thu nhập bình quân đầu người
Xã Hòa An;1.250;110;;29,75
Xã Thuỷ Tiên;910;80;;33
Xã Tân Thạnh;2.520;;9,5%;
Xã Tân Thành;1.810;120;;31,2
""", enc="windows-1258")

write("progress/2023.csv", """Mã đơn vị,Tổng số hộ,Số hộ nghèo,Thu nhập bình quân đầu người
00001,"1.262",84,"36,1"
Xã Thủy Tiên,915,70,"34,5"
00003,"2.540",201,30
 Xã  Tân  Thành ,"1.825",101,36
""", crlf=False)

write("awards/2022-2023.csv", """Số quyết định;Ngày quyết định;Hình thức;Tên đối tượng;Loại đối tượng;Chức vụ;Đơn vị;Thành tích;Đợt;Năm;Mã điển hình
15/QĐ-UBND;20/01/2023;Bằng khen của Chủ tịch UBND tỉnh;UBND xã Hòa An;Tập thể;;Xã Hoà An;Giảm nhanh hộ nghèo;Hằng năm;2022;nuoi-de
16/QĐ-UBND;20/1/2023;Giấy khen của Chủ tịch UBND huyện;""" + nfd("Bà Lò Thị Thủy") + """;Cá nhân;Trưởng thôn Nà Khoang;00002;Vận động 12 hộ thoát nghèo;hằng năm;2022;
204/QĐ-UBND;29/12/2023;Bằng khen của Chủ tịch UBND tỉnh;Hộ ông Hoàng Văn Dũng;Hộ gia đình;;Xã Tân Thành;Thoát nghèo bền vững;Sơ kết;2023;trong-que
""", bom=True)

write("models/nuoi-de.md", nfd("""---
title: "Tổ nuôi dê xã Hòa An"
unit: "Xã Hoà An"
year: 2022
subject: Tập thể
field: "Chăn nuôi"
summary: "Mười hộ cùng nuôi dê, chia sẻ con giống; bốn hộ đã thoát nghèo."
tags: [chăn nuôi, dê]
results:
  - { label: "Hộ thoát nghèo", value: "4 hộ" }
  - { label: "Đàn dê", value: "120 con" }
image: media/de.svg
image_alt: "Đàn dê của tổ trên sườn đồi"
contact: "UBND xã Hòa An"
published: "01/02/2023"
featured: có
---
Tổ gồm **mười hộ** ở thôn Nà Khoang.

## Cách làm

Mỗi hộ nhận hai con giống, **thủy** lợi do xã hỗ trợ.
"""), bom=True)

write("models/bang.csv", """Mã;Tiêu đề;Đơn vị;Năm;Đối tượng;Lĩnh vực;Tóm tắt;Thẻ;Kết quả;Ảnh;Mô tả ảnh;Liên hệ;Ngày đăng;Nổi bật;Bản nháp;Nội dung
trong-que;Hộ ông Dũng trồng quế;Xã Tân Thành;2023;Hộ gia đình;Trồng trọt;Hộ ông Hoàng Văn Dũng trồng 3 ha quế và thoát nghèo.;"quế; trồng rừng";"Diện tích: 3 ha; Thu nhập: 90 triệu đồng/năm";;;Phòng LĐ-TB&XH huyện Tây;15/01/2024;không;không;"Gia đình ông Dũng **trồng quế** từ năm 2021.

Năm 2023 gia đình thoát nghèo."
""", bom=True)

write("documents/ke-hoach-12.md", """---
title: "Kế hoạch thực hiện phong trào"
number: "12/KH-UBND"
date: "05/03/2021"
kind: Kế hoạch
issuer: "UBND tỉnh Hòa Bình Thử"
summary: "Giảm tỷ lệ hộ nghèo bình quân 1,5 điểm %/năm."
---
# Mục tiêu

Giảm tỷ lệ hộ nghèo bình quân 1,5 điểm % mỗi năm.
""")

write("pages/gioi-thieu.md", """---
title: "Giới thiệu"
---
Trang giới thiệu phong trào.
""", bom=True)

write("media/de.svg", open(os.path.join(HERE, "..", "clean", "content", "media", "de.svg")).read(), crlf=False)
