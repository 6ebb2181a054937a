/// Sentence templates for stories about a household or a person who left poverty.
/// Placeholders are listed in `StoryText.Facts`.
enum PersonStoryBank {
    static let intro = [
        "{Thon} thuộc {xa}, {huyen}, {tinh} là vùng đất còn nhiều khó khăn, đường vào thôn có đoạn vẫn lầy lội mỗi mùa mưa.",
        "Nhắc đến phong trào thoát nghèo ở {xa}, người dân trong vùng đều kể về {nha} như một tấm gương sáng.",
        "Về {thon} những ngày này, dễ dàng nhận ra sự đổi thay qua những ngôi nhà mới xây và những con đường bê tông chạy tới từng ngõ.",
        "Ở {xa}, {huyen}, không ít người vẫn nhớ hình ảnh {nha} của những năm trước, khi cả nhà còn nằm trong danh sách hộ nghèo của thôn.",
        "Câu chuyện vươn lên của {nha} ở {thon}, {xa}, {tinh} là minh chứng cho sức lan tỏa của phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau”.",
        "Từ trung tâm {huyen}, đi thêm hơn chục cây số đường đồi là tới {thon}, nơi {nha} sinh sống cùng hơn trăm hộ dân khác.",
        "Trong nhiều năm, {xa} thuộc nhóm địa phương có tỷ lệ hộ nghèo cao của {huyen}, phần lớn người dân sống dựa vào mấy sào ruộng và nương rẫy.",
    ]

    static let hardship = [
        "Trước đây, {nha} thuộc diện hộ nghèo, quanh năm chỉ trông vào mấy sào ruộng cấy một vụ.",
        "Ngày mới ra ở riêng, vợ chồng {chu} chỉ có hai bàn tay trắng cùng căn nhà tạm dựng bằng tre nứa.",
        "Có những năm mất mùa, cả nhà phải ăn độn sắn, ngô để qua những tháng giáp hạt.",
        "Thu nhập bấp bênh, con cái đang tuổi ăn học, gánh nặng cơm áo đè nặng lên đôi vai {chu}.",
        "Năm {nam0}, thu nhập của cả nhà chỉ vào khoảng {thunhap0} mỗi năm, không đủ trang trải những nhu cầu tối thiểu.",
        "Bố mẹ già yếu, các con còn nhỏ, {chu} nhiều lần phải đi làm thuê xa nhà mà vẫn không đủ lo cho gia đình.",
        "Không có vốn, không có kinh nghiệm, {chu} từng nghĩ cái nghèo sẽ đeo đuổi gia đình mình mãi.",
        "Căn nhà gỗ cũ dột nát, mỗi mùa mưa bão cả nhà lại thấp thỏm lo âu.",
        "Đất sản xuất ít lại bạc màu, cây trồng cho năng suất thấp nên nhiều năm liền {nha} vẫn không thoát được cảnh thiếu ăn.",
        "Một trận ốm nặng của {vochong} khiến gia đình vốn đã khó khăn lại càng thêm chồng chất nợ nần.",
    ]

    static let turning = [
        "Bước ngoặt đến vào năm {nam0}, khi {chu} được Ngân hàng Chính sách xã hội {huyen} cho vay {von} theo chương trình cho vay hộ nghèo.",
        "Được cán bộ {xa} động viên, {chu} mạnh dạn đăng ký tham gia dự án hỗ trợ phát triển sản xuất thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững.",
        "Tham dự một lớp tập huấn do Hội Nông dân {xa} tổ chức, {chu} nhận ra rằng muốn thoát nghèo thì phải thay đổi cách làm cũ.",
        "Sau nhiều đêm bàn bạc, {nha} quyết định dồn toàn bộ số vốn vay được để đầu tư vào {nghe}.",
        "Từ nguồn vốn {von} được vay ưu đãi, {chu} bắt đầu với {quymo0}, vừa làm vừa học hỏi kinh nghiệm.",
        "Chi hội Phụ nữ {thon} đứng ra tín chấp để {nha} được vay vốn, đồng thời cử người đến hướng dẫn cách ghi chép thu chi.",
        "Đoàn viên thanh niên {xa} giúp {nha} nhiều ngày công dọn đất, làm chuồng trại, tiết kiệm được một khoản chi phí đáng kể.",
        "Khi {hotro} về đến thôn, {chu} là một trong những người đầu tiên đăng ký tham gia.",
        "Chính quyền {xa} lựa chọn {nha} tham gia mô hình thí điểm, được hỗ trợ giống, vật tư và hướng dẫn kỹ thuật trong năm đầu.",
        "Lời khuyên của một cán bộ khuyến nông huyện về tiềm năng của việc {nghe} đã khiến {chu} suy nghĩ suốt nhiều đêm.",
    ]

    static let start = [
        "Những ngày đầu bắt tay vào {nghe}, {chu} gặp không ít khó khăn vì chưa quen kỹ thuật.",
        "{Chu} tranh thủ học hỏi từ những hộ làm giỏi trong xã, đi tham quan các mô hình ở huyện bạn để rút kinh nghiệm.",
        "Ban đầu, nhiều người trong thôn còn hoài nghi, cho rằng {nghe} ở vùng đất này khó mà thành công.",
        "Từ {quymo0} ban đầu, {nha} từng bước mở rộng quy mô khi đã nắm chắc kỹ thuật.",
        "Mỗi đồng lãi thu được, {chu} lại tiếp tục đầu tư, không dám tiêu xài hoang phí.",
        "Cả nhà cùng chia việc: người lo chăm sóc, người lo tìm đầu ra cho sản phẩm.",
    ]

    static let difficulties = [
        "Có năm rét đậm kéo dài, {nha} bị thiệt hại không nhỏ, tưởng như phải bỏ cuộc.",
        "Giá {sanpham} có lúc xuống thấp, thương lái ép giá, nhưng {chu} vẫn kiên trì giữ vững quy mô sản xuất.",
        "Trận lũ năm ấy cuốn trôi một phần tài sản, {nha} lại phải làm lại từ đầu với sự giúp đỡ của bà con lối xóm.",
        "Dịch bệnh khiến việc tiêu thụ sản phẩm gặp nhiều khó khăn, có thời điểm hàng làm ra phải để lại trong nhà hàng tháng trời.",
        "Thiếu nước tưới vào mùa khô là nỗi lo thường trực, {chu} phải tự làm đường ống dẫn nước từ khe suối về.",
        "Những lúc nản lòng, chính sự động viên của cán bộ thôn và người thân đã giúp {chu} đứng vững.",
        "Không ít lần {chu} phải vay mượn thêm họ hàng để kịp mùa vụ, rồi chắt chiu từng khoản để trả nợ đúng hạn.",
        "Vì thiếu kinh nghiệm nên những lứa đầu tiên hiệu quả chưa cao, có lứa còn bị lỗ.",
    ]

    static let learning = [
        "{Chu} tích cực tham gia các lớp tập huấn kỹ thuật do Trạm Khuyến nông {huyen} tổ chức, ghi chép cẩn thận từng bài học.",
        "Từ chiếc điện thoại thông minh, {chu} tự tìm hiểu thêm kỹ thuật qua các video hướng dẫn rồi áp dụng ngay vào thực tế.",
        "{Chu} chủ động liên hệ với các doanh nghiệp thu mua để ký hợp đồng bao tiêu, không còn cảnh bị thương lái ép giá.",
        "Biết tận dụng phụ phẩm nông nghiệp làm thức ăn và phân bón, {nha} giảm được đáng kể chi phí sản xuất.",
        "Sổ ghi chép thu chi được {chu} giữ gìn cẩn thận, nhờ đó biết rõ khoản nào lãi, khoản nào cần cắt giảm.",
        "Được hướng dẫn, {nha} đăng ký tham gia chương trình mỗi xã một sản phẩm để nâng cao giá trị {sanpham}.",
        "{Chu} áp dụng quy trình sản xuất an toàn, ghi nhật ký đầy đủ để sản phẩm đủ điều kiện vào các cửa hàng nông sản sạch.",
        "Mỗi khi gặp vấn đề mới, {chu} lại hỏi cán bộ khuyến nông xã và luôn được hướng dẫn tận tình.",
    ]

    static let results = [
        "Đến nay, {nha} đã có {quymo}, thu nhập bình quân đạt khoảng {thunhap} mỗi năm sau khi trừ chi phí.",
        "Năm {namthoat}, {nha} chính thức thoát nghèo, trở thành hộ có mức sống khá trong thôn.",
        "Từ căn nhà tạm, nay {nha} đã xây được ngôi nhà kiên cố, mua sắm đầy đủ vật dụng sinh hoạt.",
        "Các con của {chu} được học hành đầy đủ, có cháu đã vào đại học, điều trước đây cả nhà chưa dám nghĩ tới.",
        "Mô hình của {nha} hiện tạo việc làm thường xuyên cho {laodong} trong thôn với mức thu nhập ổn định.",
        "Không chỉ trả hết nợ vay ngân hàng trước hạn, {nha} còn có tích lũy để đầu tư mở rộng sản xuất.",
        "Thu nhập từ {nghe} giúp gia đình có cuộc sống ổn định, không còn phải lo cảnh thiếu ăn mỗi mùa giáp hạt.",
        "{Chu} được {xa} bình chọn là gương điển hình tiên tiến trong phong trào thi đua năm {nam}.",
        "Sản phẩm của {nha} nay đã có mặt ở chợ huyện, được khách hàng tin dùng nhờ chất lượng ổn định.",
        "Từ hộ nghèo, {nha} đã trở thành hộ sản xuất, kinh doanh giỏi cấp huyện.",
    ]

    static let spreading = [
        "Thành công rồi, {chu} không giữ kinh nghiệm cho riêng mình mà sẵn sàng chia sẻ với bà con trong thôn.",
        "Nhiều hộ nghèo trong {thon} được {chu} cho mượn giống, hướng dẫn kỹ thuật và bao tiêu sản phẩm.",
        "Đến nay đã có {soho} học theo mô hình của {nha}, trong đó nhiều hộ đã thoát nghèo.",
        "{Chu} còn tích cực tham gia công tác ở thôn, vận động bà con hiến đất làm đường, xây dựng nông thôn mới.",
        "Mỗi dịp thôn họp, {chu} lại được mời chia sẻ cách làm ăn, khơi dậy ý chí tự lực vươn lên của người dân.",
        "{Nha} thường xuyên góp ngày công, vật liệu giúp những hộ khó khăn trong thôn dựng lại nhà cửa.",
        "Với uy tín của mình, {chu} đứng ra thành lập tổ hợp tác, liên kết các hộ cùng sản xuất để có đầu ra ổn định.",
        "Nhờ sự giúp đỡ của {chu}, nhiều thanh niên trong thôn đã không còn phải đi làm ăn xa mà ở lại quê lập nghiệp.",
        "Những hộ nghèo muốn học nghề đều được {chu} nhận vào làm, vừa có thu nhập vừa tích lũy kinh nghiệm để tự làm.",
    ]

    static let assessment = [
        "Đánh giá về mô hình, {canbo} cho biết: “Đây là tấm gương tiêu biểu về ý chí tự lực, tự cường, không trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước.”",
        "“Cách làm của {nha} rất phù hợp với điều kiện địa phương, dễ học, dễ làm, chúng tôi đang nhân rộng ra các thôn khác”, {canbo} chia sẻ.",
        "Theo {canbo}, thành công của {nha} cho thấy nguồn vốn chính sách nếu được sử dụng đúng mục đích sẽ phát huy hiệu quả rất lớn.",
        "{Canbo} nhận xét: “Từ một hộ nghèo, nay {chu} đã trở thành người dẫn dắt bà con cùng phát triển kinh tế, đó là điều đáng quý nhất.”",
        "“Chúng tôi sẽ tiếp tục đồng hành, hỗ trợ để mô hình phát triển bền vững”, {canbo} khẳng định.",
        "Tại hội nghị sơ kết phong trào, {canbo} đã biểu dương {nha} như một điển hình về cách làm sáng tạo, hiệu quả.",
    ]

    static let plans = [
        "Thời gian tới, {chu} dự định mở rộng quy mô, đăng ký nhãn hiệu cho sản phẩm để nâng cao giá trị.",
        "{Chu} ấp ủ kế hoạch liên kết với các hộ trong thôn thành lập hợp tác xã, cùng nhau làm giàu.",
        "Ước mơ của {chu} là đưa sản phẩm của quê hương lên các sàn thương mại điện tử, đến được với nhiều người tiêu dùng hơn.",
        "Năm tới, {nha} sẽ đầu tư thêm máy móc để giảm công lao động và nâng cao năng suất.",
        "{Chu} mong muốn tiếp tục được vay vốn ưu đãi để mở rộng sản xuất, tạo thêm việc làm cho bà con.",
        "Kế hoạch của {nha} là chuyển sang sản xuất theo hướng hữu cơ, đáp ứng yêu cầu ngày càng cao của thị trường.",
    ]

    static let closing = [
        "Câu chuyện của {nha} cho thấy, khi người dân có ý chí và được hỗ trợ đúng cách, cái nghèo hoàn toàn có thể bị đẩy lùi.",
        "Từ những tấm gương như {chu}, phong trào “Vì người nghèo - Không để ai bị bỏ lại phía sau” ở {huyen} ngày càng lan tỏa sâu rộng.",
        "Hành trình thoát nghèo của {nha} là nguồn cổ vũ, động viên nhiều hộ khó khăn khác trên địa bàn {xa} mạnh dạn vươn lên.",
        "“Chỉ cần chịu khó và dám làm thì cái nghèo sẽ không đeo bám mãi”, {chu} chia sẻ.",
        "Những thành quả {nha} đạt được góp phần vào mục tiêu giảm nghèo bền vững của {tinh}.",
    ]
}

/// Sentence templates for stories about a cooperative, a cooperative group, a firm or a community.
enum GroupStoryBank {
    static let intro = [
        "{Ten} được thành lập năm {nam0} tại {thon}, {xa}, {huyen}, {tinh}, với mục tiêu giúp các hộ nghèo có việc làm và thu nhập ổn định.",
        "Ở {xa}, nhắc đến {ten}, người dân đều biết đây là nơi đã giúp nhiều gia đình khó khăn đổi đời.",
        "Khởi đầu chỉ với vài hộ tự nguyện góp vốn, đến nay {ten} đã có {thanhvien}, phần lớn là hộ nghèo và cận nghèo.",
        "Ra đời từ chính nhu cầu của bà con {thon}, {ten} là mô hình liên kết sản xuất tiêu biểu của {huyen}.",
    ]

    static let founding = [
        "Trước khi có {chu}, mỗi hộ làm một kiểu, sản phẩm làm ra bán lẻ tẻ, thường xuyên bị ép giá.",
        "Những ngày đầu, {chu} thiếu vốn, thiếu kinh nghiệm quản lý, nhiều thành viên còn chưa tin tưởng.",
        "Đất đai manh mún, hạ tầng thiếu thốn là những trở ngại lớn mà {chu} phải vượt qua trong những năm đầu hoạt động.",
        "{Truong} nhớ lại, có thời điểm cả tập thể phải họp bàn đến khuya để tìm cách trả khoản nợ vay đầu tiên.",
        "Phần lớn người dân {thon} trước đây sống dựa vào làm thuê theo mùa vụ, thu nhập thấp và bấp bênh.",
    ]

    static let support = [
        "Nhờ nguồn vốn từ Chương trình mục tiêu quốc gia giảm nghèo bền vững, {chu} được hỗ trợ xây dựng nhà xưởng và mua sắm máy móc.",
        "Liên minh Hợp tác xã {tinh} cử cán bộ xuống hướng dẫn xây dựng phương án sản xuất, kinh doanh và quản lý tài chính.",
        "UBND {huyen} hỗ trợ {chu} tham gia các hội chợ, giới thiệu sản phẩm tới người tiêu dùng ở nhiều tỉnh, thành.",
        "Ngân hàng Chính sách xã hội {huyen} cho các thành viên vay tổng cộng {von} để đầu tư vào {nghe}.",
        "Với sự hỗ trợ của ngành nông nghiệp, {chu} xây dựng được quy trình sản xuất thống nhất cho tất cả các hộ thành viên.",
    ]

    static let operations = [
        "{Chu} cung ứng giống, vật tư đầu vào cho thành viên theo hình thức trả chậm, sau đó bao tiêu toàn bộ sản phẩm.",
        "Mỗi tháng, {chu} tổ chức sinh hoạt định kỳ để các hộ chia sẻ kinh nghiệm và cùng tháo gỡ khó khăn.",
        "Các hộ nghèo tham gia được ưu tiên giao việc, được trả công theo ngày và chia lợi nhuận cuối năm.",
        "{Chu} áp dụng quy trình sản xuất an toàn, truy xuất nguồn gốc bằng mã QR cho từng lô sản phẩm.",
        "Ban quản lý {chu} công khai thu chi hằng quý, tạo niềm tin cho các thành viên.",
    ]

    static let learning = [
        "{Chu} chủ động liên hệ với các doanh nghiệp thu mua để ký hợp đồng bao tiêu, không còn cảnh bị thương lái ép giá.",
        "Biết tận dụng phụ phẩm nông nghiệp làm thức ăn và phân bón, {nha} giảm được đáng kể chi phí sản xuất.",
        "Được hướng dẫn, {chu} đăng ký tham gia chương trình mỗi xã một sản phẩm để nâng cao giá trị {sanpham}.",
        "Các thành viên được cử đi học tập mô hình ở nhiều địa phương, về áp dụng linh hoạt vào điều kiện của thôn.",
    ]

    static let results = [
        "Doanh thu năm {nam} của {chu} đạt khoảng {doanhthu}, lợi nhuận được chia lại cho các thành viên.",
        "Nhờ tham gia {chu}, đã có {soho} thoát nghèo, nhiều hộ vươn lên khá giả.",
        "{Chu} hiện tạo việc làm thường xuyên cho {laodong} với thu nhập bình quân từ {luong} mỗi tháng.",
        "Sản phẩm của {chu} đã đạt chứng nhận OCOP ba sao, có mặt tại nhiều siêu thị và cửa hàng nông sản sạch.",
        "Từ chỗ bán lẻ tẻ, nay {sanpham} của bà con {thon} đã có thương hiệu riêng và đầu ra ổn định.",
    ]

    static let spreading = [
        "{Chu} thường xuyên hỗ trợ giống, cây con cho các hộ nghèo ngoài thôn, giúp họ có sinh kế ổn định.",
        "Mỗi năm, {chu} trích một phần lợi nhuận ủng hộ Quỹ Vì người nghèo của {xa}.",
        "Mô hình của {chu} đã được nhiều địa phương trong tỉnh đến tham quan, học tập và nhân rộng.",
        "{Truong} luôn tâm niệm phải giúp được càng nhiều hộ nghèo càng tốt, vì đó là lý do {chu} ra đời.",
    ]

    static let assessment = [
        "Đánh giá về mô hình, {canbo} cho biết: “Đây là cách làm hiệu quả, giúp người nghèo có sinh kế bền vững thay vì chỉ nhận hỗ trợ.”",
        "“Mô hình rất phù hợp với điều kiện địa phương, dễ học, dễ làm, chúng tôi đang nhân rộng ra các thôn khác”, {canbo} chia sẻ.",
        "Theo {canbo}, thành công của {ten} cho thấy sức mạnh của liên kết sản xuất trong giảm nghèo.",
        "“Chúng tôi sẽ tiếp tục đồng hành, hỗ trợ để mô hình phát triển bền vững”, {canbo} khẳng định.",
    ]

    static let plans = [
        "Trong thời gian tới, {chu} đặt mục tiêu mở rộng vùng nguyên liệu, kết nạp thêm các hộ nghèo tham gia.",
        "{Chu} đang hoàn thiện hồ sơ xây dựng nhãn hiệu tập thể, nâng cao giá trị cho sản phẩm địa phương.",
        "Kế hoạch của {chu} là đầu tư dây chuyền chế biến sâu để không còn phụ thuộc vào bán sản phẩm thô.",
    ]

    static let closing = [
        "Thành công của {ten} khẳng định hướng đi đúng đắn của việc liên kết sản xuất để giảm nghèo bền vững.",
        "Từ những mô hình như {ten}, phong trào “Vì người nghèo - Không để ai bị bỏ lại phía sau” ở {tinh} ngày càng đi vào chiều sâu.",
    ]
}
