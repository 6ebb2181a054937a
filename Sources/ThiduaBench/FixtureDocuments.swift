/// The fixed, hand-written parts of the national fixture: settings, targets, documents and pages.
enum FixtureDocuments {
    static func siteYAML(lastYear: Int) -> String {
        """
        title: "Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025"
        organization: "Hội đồng Thi đua - Khen thưởng Trung ương"
        description: "Theo dõi tiến độ giảm nghèo của 63 tỉnh, thành phố, các điển hình tiên tiến và kết quả khen thưởng. Số liệu là số liệu minh họa để đo hiệu năng."
        base_url: "https://thidua.example.gov.vn/vi-nguoi-ngheo/"
        period: { start: 2021, end: 2025 }
        baseline_year: 2021
        number_format: vi
        report_deadline: "05/12"
        sample_data: true
        milestones:
          - { year: 2021, title: "Rà soát hộ nghèo đầu kỳ theo chuẩn nghèo đa chiều giai đoạn 2022 – 2025" }
          - { year: 2022, title: "Ban hành kế hoạch tổ chức phong trào thi đua" }
          - { year: 2023, title: "Sơ kết giữa kỳ, khen thưởng tập thể, cá nhân tiêu biểu" }
          - { year: 2025, title: "Tổng kết phong trào giai đoạn 2021 - 2025" }
        contact: "Văn phòng Điều phối chương trình giảm nghèo Trung ương, Bộ Lao động - Thương binh và Xã hội"

        """
    }

    /// Targets of every rule kind with every kind of selector and one group of alternatives.
    /// `communeCode` and `provinceCode` name real units picked by the generator.
    static func targetsCSV(communeCode: String, provinceCode: String, secondProvinceCode: String) -> String {
        let nq = "Nghị quyết số 24/2021/QH15 ngày 28/7/2021 của Quốc hội"
        let qd = "Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ"
        let kh = "Kế hoạch số 52/KH-HĐTĐKT ngày 15/3/2022"
        var c = CSVText()
        c.row(["indicator", "applies_to", "rule", "value", "from", "to", "group", "source"])
        c.row(["ty_le_ho_ngheo", "*", "giam_diem_moi_nam", "1", "", "", "", nq])
        c.row(["ty_le_ho_ngheo", "tag:huyen_ngheo", "giam_diem_moi_nam", "4", "", "", "", qd])
        c.row(["ty_le_ho_ngheo", "tag:tay_nguyen", "giam_diem_moi_nam", "2,5", "", "", "", kh])
        c.row(["ty_le_ho_ngheo", "tag:xa_dbkk", "giam_diem_moi_nam", "3", "", "", "xa_dbkk_dat", qd])
        c.row(["so_ho_ngheo", "tag:xa_dbkk", "giam_phan_tram_dau_ky", "50", "", "2025", "xa_dbkk_dat", qd])
        c.row(["so_ho_ngheo", "level:huyen", "giam_phan_tram_dau_ky", "30", "", "2025", "", kh])
        c.row(["ty_le_ho_ngheo", "level:tinh", "toi_da", "3,5", "2021", "2025", "", kh])
        c.row(["ty_le_ho_can_ngheo", "*", "toi_da", "6", "", "2025", "", kh])
        c.row(["thu_nhap_binh_quan", "level:xa", "toi_thieu", "60", "2021", "2025", "", nq])
        c.row(["lao_dong_viec_lam_moi", "level:huyen", "toi_thieu", "800", "2022", "2025", "", kh])
        c.row(["so_ho_ngheo", provinceCode, "giam_so_luong", "1.500", "2024", "2024", "", "Kế hoạch số 68/KH-UBND ngày 20/3/2024"])
        c.row(["so_ho_ngheo", secondProvinceCode, "giam_so_luong", "2.000", "2022", "2025", "", "Kế hoạch số 117/KH-UBND ngày 09/5/2022"])
        c.row(["nha_dai_doan_ket", communeCode, "toi_thieu", "12", "2022", "2025", "", "Nghị quyết số 15/NQ-HĐND ngày 20/12/2021"])
        return c.text
    }

    static let documents: [(name: String, text: String)] = [
        ("ke-hoach-52-kh-hdtdkt-2022", """
        ---
        title: "Kế hoạch tổ chức phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025"
        number: "52/KH-HĐTĐKT"
        date: "15/03/2022"
        kind: ke_hoach
        issuer: "Hội đồng Thi đua - Khen thưởng Trung ương"
        signer: "Phó Chủ tịch Thường trực Hội đồng"
        summary: "Mục tiêu, nội dung thi đua, tiêu chí đánh giá và hình thức khen thưởng của phong trào trên phạm vi cả nước."
        ---
        ## Mục đích, yêu cầu

        Phát huy sức mạnh của cả hệ thống chính trị và toàn xã hội, khơi dậy ý chí tự lực vươn lên của người nghèo,
        góp phần hoàn thành mục tiêu giảm tỷ lệ hộ nghèo đa chiều bình quân mỗi năm từ 1% đến 1,5%.

        ## Nội dung thi đua

        1. Thực hiện có hiệu quả Chương trình mục tiêu quốc gia giảm nghèo bền vững.
        2. Hỗ trợ sinh kế, tạo việc làm, nâng cao thu nhập cho hộ nghèo, hộ cận nghèo.
        3. Xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ có hoàn cảnh khó khăn.
        4. Phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến.

        ## Tổ chức thực hiện

        Các bộ, ngành, địa phương xây dựng kế hoạch cụ thể, báo cáo kết quả định kỳ trước ngày 05 tháng 12 hằng năm.

        """),
        ("huong-dan-danh-gia-ket-qua", """
        ---
        title: "Hướng dẫn đánh giá kết quả thực hiện phong trào thi đua"
        number: "18/HD-LĐTBXH"
        date: "20/06/2022"
        kind: huong_dan
        issuer: "Bộ Lao động - Thương binh và Xã hội"
        summary: "Cách tính các chỉ tiêu, thời hạn báo cáo và mẫu biểu tổng hợp số liệu hằng năm."
        ---
        Tỷ lệ hộ nghèo được tính bằng số hộ nghèo chia cho tổng số hộ dân cư trên địa bàn, không lấy bình quân các tỷ lệ.

        Số liệu của cấp huyện, cấp tỉnh được tổng hợp từ số liệu của cấp xã. Đơn vị chưa có số liệu ghi để trống,
        không ghi số 0.

        """),
        ("bao-cao-so-ket-giua-ky-2023", """
        ---
        title: "Báo cáo sơ kết giữa kỳ phong trào thi đua giai đoạn 2021 - 2023"
        number: "215/BC-HĐTĐKT"
        date: "05/12/2023"
        kind: bao_cao
        issuer: "Hội đồng Thi đua - Khen thưởng Trung ương"
        summary: "Kết quả sau ba năm thực hiện, những cách làm hay và những hạn chế cần khắc phục."
        ---
        Sau ba năm triển khai, phong trào đã được các địa phương hưởng ứng rộng rãi. Tỷ lệ hộ nghèo đa chiều giảm
        đều qua các năm; nhiều huyện nghèo đã có xã thoát khỏi tình trạng đặc biệt khó khăn.

        ## Hạn chế

        - Một số địa phương chậm báo cáo số liệu, còn để trống nhiều chỉ tiêu.
        - Việc nhân rộng điển hình tiên tiến ở một số nơi chưa thường xuyên.

        """),
        ("cong-van-bao-cao-nam-2024", """
        ---
        title: "Công văn đề nghị báo cáo kết quả phong trào năm 2024"
        number: "3456/LĐTBXH-VPQGGN"
        date: "2024-10-15"
        kind: cong_van
        issuer: "Bộ Lao động - Thương binh và Xã hội"
        summary: "Đề nghị các tỉnh, thành phố gửi số liệu năm 2024 và danh sách đề nghị khen thưởng."
        ---
        Đề nghị UBND các tỉnh, thành phố trực thuộc Trung ương tổng hợp số liệu theo mẫu và gửi về Văn phòng Điều phối
        chương trình giảm nghèo Trung ương trước ngày 05 tháng 12 năm 2024.

        """),
        ("quyet-dinh-khen-thuong-so-ket", """
        ---
        title: "Quyết định tặng Bằng khen của Thủ tướng Chính phủ cho các tập thể, cá nhân tiêu biểu"
        number: "1789/QĐ-TTg"
        date: "28/12/2023"
        kind: quyet_dinh
        issuer: "Thủ tướng Chính phủ"
        summary: "Khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong ba năm đầu của phong trào."
        ---
        Tặng Bằng khen của Thủ tướng Chính phủ cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua
        “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 – 2023. Danh sách kèm theo quyết định này.

        """),
    ]

    static let pages: [(name: String, text: String)] = [
        ("gioi-thieu", """
        ---
        title: "Giới thiệu"
        ---
        Trang này theo dõi phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” trên phạm vi cả nước:
        tiến độ giảm nghèo của từng tỉnh, huyện, xã, các điển hình tiên tiến và danh sách khen thưởng.

        Mọi số liệu trên trang là **số liệu minh họa**, được tạo ra để đo hiệu năng của công cụ dựng trang.

        """),
        ("lien-he", """
        ---
        title: "Liên hệ"
        ---
        Văn phòng Điều phối chương trình giảm nghèo Trung ương, Bộ Lao động - Thương binh và Xã hội.

        Góp ý về nội dung trang xin gửi bằng văn bản qua bộ phận một cửa của Bộ.

        """),
    ]

    static let index = """
    Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” được phát động trên phạm vi cả nước,
    hướng tới giảm nghèo đa chiều, bao trùm và bền vững. Trang này tổng hợp số liệu của 63 tỉnh, thành phố.

    """
}
