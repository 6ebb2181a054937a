/// A way out of poverty a model's story is about, with the facts and sentences that belong to it.
/// Sentences use the placeholders of `StoryText` and read right for a person or an organisation.
struct Livelihood {
    let slug: String
    /// As it reads after a verb: "nuôi trâu vỗ béo".
    let phrase: String
    let field: String
    let tag: String
    /// Scale noun after a number: "con trâu", "héc-ta chè".
    let scaleUnit: String
    let scale: ClosedRange<Int>
    let product: String
    /// Net income in million đồng a year.
    let income: ClosedRange<Int>
    /// Regions where it is plausible; empty means anywhere.
    let regions: [Region]
    let details: [String]
    let collectiveFriendly: Bool

    func fits(_ r: Region) -> Bool { regions.isEmpty || regions.contains(r) }
}

enum Livelihoods {
    private static let upland: [Region] = [.northMountain, .centralHighlands, .northCentral]

    static let all: [Livelihood] = [
        Livelihood(slug: "nuoi-trau-vo-beo", phrase: "nuôi trâu vỗ béo", field: "Chăn nuôi", tag: "chăn nuôi đại gia súc",
                   scaleUnit: "con trâu", scale: 5...40, product: "trâu thịt", income: 80...300, regions: upland, details: [
            "{Chu} mua trâu gầy ở các phiên chợ vùng cao về nuôi vỗ béo trong khoảng ba đến bốn tháng rồi mới xuất bán.",
            "Chuồng trại được làm cao ráo, có rãnh thoát nước, định kỳ phun thuốc khử trùng để phòng dịch bệnh.",
            "Nguồn thức ăn chủ yếu là cỏ voi trồng trên đất đồi, bổ sung thêm cám ngô và rỉ mật đường để trâu nhanh lớn.",
            "Mỗi con trâu sau khi vỗ béo có thể cho lãi từ năm đến bảy triệu đồng, tùy thời điểm bán.",
            "Lịch tiêm phòng lở mồm long móng và tụ huyết trùng được thực hiện đầy đủ theo hướng dẫn của thú y xã.",
        ], collectiveFriendly: false),
        Livelihood(slug: "nuoi-bo-sinh-san", phrase: "nuôi bò sinh sản", field: "Chăn nuôi", tag: "chăn nuôi đại gia súc",
                   scaleUnit: "con bò", scale: 3...30, product: "bê giống", income: 60...220,
                   regions: [.northMountain, .centralHighlands, .northCentral, .delta, .mekong], details: [
            "Giống bò lai được chọn lọc kỹ, mỗi năm cho một lứa bê khỏe mạnh, bán được giá cao.",
            "{Chu} trồng hơn một héc-ta cỏ để chủ động thức ăn quanh năm, nhất là vào mùa đông khi cỏ tự nhiên khan hiếm.",
            "Phân bò được ủ với chế phẩm sinh học làm phân bón cho vườn cây, vừa sạch chuồng vừa tiết kiệm chi phí.",
            "Nhờ áp dụng kỹ thuật phối giống nhân tạo, đàn bò ngày càng to khỏe, tỷ lệ bê sống cao.",
        ], collectiveFriendly: true),
        Livelihood(slug: "nuoi-lon-den", phrase: "nuôi lợn đen bản địa", field: "Chăn nuôi", tag: "chăn nuôi",
                   scaleUnit: "con lợn", scale: 10...120, product: "thịt lợn đen", income: 70...260, regions: upland, details: [
            "Giống lợn đen bản địa tuy chậm lớn nhưng thịt thơm ngon, được người tiêu dùng dưới xuôi rất ưa chuộng.",
            "{Chu} nuôi lợn theo hình thức bán chăn thả trong vườn đồi có rào chắn, cho ăn thêm rau rừng, thân chuối và ngô nấu chín.",
            "Đệm lót sinh học được sử dụng trong chuồng nuôi giúp giảm mùi hôi và hạn chế dịch bệnh.",
            "Mỗi lứa lợn trước khi xuất chuồng đều được liên hệ trước với các cửa hàng đặc sản nên không lo đầu ra.",
        ], collectiveFriendly: true),
        Livelihood(slug: "nuoi-ga-doi", phrase: "nuôi gà đồi thả vườn", field: "Chăn nuôi", tag: "chăn nuôi gia cầm",
                   scaleUnit: "con gà", scale: 300...4_000, product: "gà thương phẩm", income: 60...250, regions: [], details: [
            "Đàn gà được thả trên khu đồi có rào lưới, tự kiếm mồi nên thịt săn chắc và thơm ngon.",
            "{Chu} chia đàn thành nhiều lứa gối nhau, bảo đảm lúc nào cũng có gà xuất bán vào dịp lễ, Tết.",
            "Lịch tiêm phòng vắc-xin được dán ngay cửa chuồng, không bỏ sót một mũi nào.",
            "Tận dụng ngô, thóc tự trồng để phối trộn thức ăn, chi phí chăn nuôi giảm gần một nửa so với dùng cám công nghiệp.",
        ], collectiveFriendly: false),
        Livelihood(slug: "nuoi-ong-lay-mat", phrase: "nuôi ong lấy mật", field: "Chăn nuôi", tag: "nuôi ong",
                   scaleUnit: "thùng ong", scale: 20...300, product: "mật ong", income: 50...200,
                   regions: [.northMountain, .centralHighlands, .northCentral, .delta], details: [
            "Các thùng ong được đặt dưới tán rừng, gần nguồn hoa bạc hà, hoa nhãn hay hoa cà phê tùy theo mùa.",
            "{Chu} học cách chia đàn, thay chúa và phòng bệnh cho ong từ những người nuôi lâu năm trong vùng.",
            "Mật được quay đúng thời điểm, lọc sạch và đóng chai có nhãn mác rõ ràng.",
            "Mỗi mùa hoa, đàn ong cho thu hoạch nhiều đợt mật, đem lại nguồn thu đáng kể.",
        ], collectiveFriendly: true),
        Livelihood(slug: "nuoi-ca-long", phrase: "nuôi cá lồng", field: "Thủy sản", tag: "nuôi trồng thủy sản",
                   scaleUnit: "lồng cá", scale: 2...16, product: "cá thương phẩm", income: 80...350,
                   regions: [.northMountain, .centralHighlands, .northCentral, .delta, .mekong], details: [
            "Các lồng cá được đặt ở đoạn sông có dòng chảy vừa phải, nước sạch, thuận tiện cho việc chăm sóc.",
            "{Chu} chọn nuôi cá rô phi đơn tính, cá lăng và cá chép, những loài dễ nuôi và có giá trị kinh tế.",
            "Việc kiểm tra lồng, vớt rác và theo dõi sức ăn của cá được thực hiện đều đặn mỗi ngày.",
            "Vào mùa mưa lũ, lồng được gia cố chắc chắn, neo buộc cẩn thận để tránh thiệt hại.",
        ], collectiveFriendly: true),
        Livelihood(slug: "nuoi-tom", phrase: "nuôi tôm theo hướng an toàn", field: "Thủy sản", tag: "nuôi trồng thủy sản",
                   scaleUnit: "ao tôm", scale: 1...8, product: "tôm thương phẩm", income: 120...500, regions: [.mekong, .northCentral], details: [
            "Ao nuôi được cải tạo kỹ, xử lý vôi và phơi đáy trước mỗi vụ để hạn chế mầm bệnh.",
            "{Chu} thả tôm giống có nguồn gốc rõ ràng, mật độ vừa phải và theo dõi các chỉ số môi trường nước hằng ngày.",
            "Mô hình luân canh một vụ tôm, một vụ lúa giúp đất không bị thoái hóa và giảm chi phí thức ăn.",
            "Các hộ nuôi tôm trong ấp liên kết với nhau để lấy nước và xả thải theo lịch chung.",
        ], collectiveFriendly: true),
        Livelihood(slug: "trong-que", phrase: "trồng quế", field: "Lâm nghiệp", tag: "lâm nghiệp",
                   scaleUnit: "héc-ta quế", scale: 2...20, product: "vỏ quế", income: 70...300, regions: [.northMountain, .northCentral], details: [
            "{Chu} trồng quế xen với cây ngắn ngày trong những năm đầu theo cách lấy ngắn nuôi dài.",
            "Cây quế sau khoảng mười năm cho thu hoạch vỏ, còn lá và cành được dùng để chưng cất tinh dầu.",
            "Vườn quế được chăm sóc theo hướng hữu cơ, không dùng thuốc diệt cỏ để đáp ứng yêu cầu xuất khẩu.",
            "Nhờ tham gia tổ liên kết, sản phẩm quế được thu mua với giá ổn định qua nhiều năm.",
        ], collectiveFriendly: true),
        Livelihood(slug: "trong-che", phrase: "trồng chè chất lượng cao", field: "Trồng trọt", tag: "cây công nghiệp",
                   scaleUnit: "héc-ta chè", scale: 1...8, product: "chè búp khô", income: 60...240,
                   regions: [.northMountain, .delta, .centralHighlands], details: [
            "Những đồi chè cũ được cải tạo, thay bằng các giống chè mới cho năng suất và chất lượng cao hơn.",
            "Chè được hái đúng kỹ thuật một tôm hai lá, sao sấy bằng máy tôn quay để giữ trọn hương vị.",
            "{Chu} tuân thủ quy trình sản xuất chè an toàn, chỉ dùng phân hữu cơ và chế phẩm sinh học.",
            "Mỗi năm vườn chè cho thu hoạch nhiều lứa, tạo nguồn thu đều đặn quanh năm.",
        ], collectiveFriendly: true),
        Livelihood(slug: "trong-ca-phe", phrase: "trồng cà phê bền vững", field: "Trồng trọt", tag: "cây công nghiệp",
                   scaleUnit: "héc-ta cà phê", scale: 1...6, product: "cà phê nhân", income: 90...350, regions: [.centralHighlands], details: [
            "Vườn cà phê già cỗi được tái canh bằng giống mới, trồng xen sầu riêng và hồ tiêu để đa dạng nguồn thu.",
            "{Chu} áp dụng kỹ thuật tưới nước tiết kiệm, bón phân theo nhu cầu của cây để giảm chi phí đầu vào.",
            "Cà phê được thu hái khi chín đỏ và phơi trên giàn để nâng cao chất lượng, giá bán.",
            "Tham gia chương trình liên kết với doanh nghiệp, sản phẩm được thu mua với giá cao hơn giá thị trường.",
        ], collectiveFriendly: true),
        Livelihood(slug: "trong-cay-an-qua", phrase: "trồng cây ăn quả", field: "Trồng trọt", tag: "cây ăn quả",
                   scaleUnit: "héc-ta cây ăn quả", scale: 1...10, product: "cam, bưởi", income: 80...400,
                   regions: [.northMountain, .centralHighlands, .northCentral, .delta, .mekong], details: [
            "Trên đất đồi trước đây chỉ trồng sắn, {chu} chuyển sang trồng cam, bưởi và một số loại cây ăn quả khác.",
            "Các gốc cây được tưới nhỏ giọt và cắt tỉa cành thường xuyên để cây phân bổ dinh dưỡng đồng đều.",
            "Vườn cây được cấp mã số vùng trồng, mở ra cơ hội đưa sản phẩm vào các siêu thị lớn.",
            "Khi vào vụ thu hoạch, thương lái tìm đến tận vườn nên không còn phải lo chuyện đầu ra.",
        ], collectiveFriendly: true),
        Livelihood(slug: "trong-rau-an-toan", phrase: "trồng rau an toàn trong nhà lưới", field: "Trồng trọt", tag: "rau an toàn",
                   scaleUnit: "m² nhà lưới", scale: 300...3_000, product: "rau an toàn", income: 60...220,
                   regions: [.delta, .city, .northCentral, .mekong], details: [
            "Nhà lưới giúp rau tránh được mưa lớn và côn trùng, giảm hẳn lượng thuốc bảo vệ thực vật phải dùng.",
            "{Chu} luân canh nhiều loại rau theo mùa, bảo đảm lúc nào cũng có sản phẩm cung cấp cho bếp ăn trường học.",
            "Hệ thống tưới phun sương tự động giúp tiết kiệm nước và công lao động.",
            "Rau được thu hoạch, sơ chế và đóng gói ngay tại vườn trước khi giao cho các cửa hàng.",
        ], collectiveFriendly: true),
        Livelihood(slug: "trong-duoc-lieu", phrase: "trồng cây dược liệu", field: "Trồng trọt", tag: "dược liệu",
                   scaleUnit: "héc-ta dược liệu", scale: 1...6, product: "dược liệu", income: 70...300,
                   regions: [.northMountain, .centralHighlands], details: [
            "Tận dụng khí hậu mát mẻ của vùng cao, {chu} trồng đương quy, tam thất và một số cây thuốc quý.",
            "Cây dược liệu đòi hỏi kỹ thuật chăm sóc tỉ mỉ, đặc biệt là khâu làm đất và che bóng.",
            "Sản phẩm được một doanh nghiệp dược ký hợp đồng thu mua ổn định theo giá sàn.",
            "Nhờ trồng dưới tán rừng, mô hình vừa đem lại thu nhập vừa góp phần bảo vệ rừng đầu nguồn.",
        ], collectiveFriendly: true),
        Livelihood(slug: "trong-nam", phrase: "trồng nấm", field: "Trồng trọt", tag: "trồng nấm",
                   scaleUnit: "m² lán trại", scale: 100...1_500, product: "nấm sò, nấm linh chi", income: 50...180, regions: [], details: [
            "Lán trồng nấm được dựng từ tre nứa sẵn có, chi phí thấp nhưng bảo đảm độ ẩm và thông thoáng.",
            "{Chu} tận dụng rơm rạ, mùn cưa sau thu hoạch làm giá thể trồng nấm, vừa rẻ vừa giảm ô nhiễm.",
            "Mỗi lứa nấm chỉ kéo dài vài tuần nên vốn được quay vòng nhanh.",
            "Phần bã nấm sau thu hoạch được ủ làm phân bón cho cây trồng, không bỏ phí thứ gì.",
        ], collectiveFriendly: true),
        Livelihood(slug: "det-tho-cam", phrase: "dệt thổ cẩm", field: "Làng nghề", tag: "nghề truyền thống",
                   scaleUnit: "khung dệt", scale: 2...30, product: "sản phẩm thổ cẩm", income: 40...160,
                   regions: [.northMountain, .centralHighlands], details: [
            "Những hoa văn truyền thống được gìn giữ và sáng tạo thêm trên túi xách, khăn quàng, áo khoác.",
            "Sợi lanh được trồng, tước, se và nhuộm chàm theo cách mà các thế hệ trước đã truyền lại.",
            "Sản phẩm thổ cẩm được bán cho du khách và gửi xuống các cửa hàng lưu niệm ở thành phố.",
            "Các chị em trong bản được hướng dẫn dệt theo mẫu đặt hàng để có thu nhập lúc nông nhàn.",
        ], collectiveFriendly: true),
        Livelihood(slug: "du-lich-cong-dong", phrase: "làm du lịch cộng đồng", field: "Dịch vụ - du lịch", tag: "du lịch cộng đồng",
                   scaleUnit: "phòng nghỉ", scale: 2...10, product: "dịch vụ lưu trú", income: 80...400,
                   regions: [.northMountain, .centralHighlands, .mekong], details: [
            "Ngôi nhà truyền thống được sửa sang, bổ sung khu vệ sinh sạch sẽ để đón khách lưu trú.",
            "Du khách đến đây được trải nghiệm cấy lúa, nấu ăn cùng chủ nhà và thưởng thức văn nghệ dân gian.",
            "{Chu} tham gia lớp bồi dưỡng nghiệp vụ du lịch do huyện tổ chức, học cách đón tiếp và giới thiệu văn hóa bản địa.",
            "Mỗi mùa lễ hội, các phòng nghỉ kín khách, bà con trong bản cũng có thêm thu nhập từ bán nông sản và đồ lưu niệm.",
        ], collectiveFriendly: true),
        Livelihood(slug: "sua-chua-may-nong-nghiep", phrase: "mở dịch vụ sửa chữa máy nông nghiệp", field: "Dịch vụ", tag: "dịch vụ nông thôn",
                   scaleUnit: "máy móc, thiết bị", scale: 2...15, product: "dịch vụ cơ khí", income: 60...200, regions: [], details: [
            "Sau khóa học nghề sửa chữa máy nông nghiệp do huyện hỗ trợ, {chu} mở một xưởng nhỏ ngay tại nhà.",
            "Từ máy cày, máy tuốt lúa đến máy bơm nước, thứ gì hỏng bà con cũng mang đến nhờ sửa.",
            "{Chu} còn nhận dạy nghề miễn phí cho một số thanh niên thuộc hộ nghèo trong xã.",
        ], collectiveFriendly: false),
        Livelihood(slug: "lao-dong-nuoc-ngoai", phrase: "đi làm việc có thời hạn ở nước ngoài", field: "Giải quyết việc làm", tag: "việc làm",
                   scaleUnit: "lao động", scale: 1...3, product: "tiền lương", income: 150...450, regions: [], details: [
            "Được vay vốn ưu đãi để đi làm việc theo hợp đồng, {chu} học tiếng và học nghề trong sáu tháng trước khi xuất cảnh.",
            "Số tiền tích lũy sau mấy năm làm việc xa nhà được dùng để xây nhà và đầu tư sản xuất.",
            "Trở về quê, {chu} mang theo tác phong công nghiệp và kinh nghiệm học được để làm ăn trên chính mảnh đất của mình.",
        ], collectiveFriendly: false),
        Livelihood(slug: "ban-hang-truc-tuyen", phrase: "bán nông sản trên sàn thương mại điện tử", field: "Chuyển đổi số", tag: "chuyển đổi số",
                   scaleUnit: "đơn hàng mỗi tháng", scale: 100...2_000, product: "nông sản đặc sản", income: 60...250, regions: [], details: [
            "Được đoàn thanh niên hướng dẫn, {chu} lập gian hàng trực tuyến để giới thiệu nông sản của quê nhà.",
            "Những buổi bán hàng trực tiếp trên mạng xã hội giúp sản phẩm đến được với khách hàng ở khắp nơi.",
            "Sản phẩm được đóng gói cẩn thận, có tem truy xuất nguồn gốc nên khách hàng tin tưởng đặt mua lần sau.",
            "{Chu} thu mua thêm nông sản của các hộ nghèo trong thôn để bán kèm, giúp bà con có đầu ra ổn định.",
        ], collectiveFriendly: true),
        Livelihood(slug: "trong-rung-go-lon", phrase: "trồng rừng gỗ lớn", field: "Lâm nghiệp", tag: "lâm nghiệp",
                   scaleUnit: "héc-ta rừng", scale: 3...30, product: "gỗ rừng trồng", income: 60...250, regions: upland, details: [
            "Thay vì khai thác keo non như trước, {chu} chuyển sang nuôi rừng gỗ lớn theo chứng chỉ quản lý rừng bền vững.",
            "Trong những năm chờ rừng lớn, dưới tán rừng được trồng xen cây dược liệu và thả gà.",
            "Gỗ lớn được doanh nghiệp chế biến thu mua với giá cao hơn nhiều so với gỗ keo non.",
        ], collectiveFriendly: true),
        Livelihood(slug: "lua-chat-luong-cao", phrase: "trồng lúa chất lượng cao", field: "Trồng trọt", tag: "lúa gạo",
                   scaleUnit: "héc-ta lúa", scale: 1...15, product: "lúa đặc sản", income: 60...250, regions: [.mekong, .delta, .northCentral], details: [
            "Tham gia cánh đồng lớn, {chu} sử dụng giống lúa thơm chất lượng cao, gieo sạ theo lịch thời vụ chung.",
            "Việc cơ giới hóa từ khâu làm đất đến thu hoạch giúp giảm đáng kể công lao động.",
            "Lúa được doanh nghiệp ký hợp đồng bao tiêu ngay từ đầu vụ nên người sản xuất yên tâm.",
        ], collectiveFriendly: true),
        Livelihood(slug: "may-tre-dan", phrase: "làm mây tre đan xuất khẩu", field: "Làng nghề", tag: "nghề truyền thống",
                   scaleUnit: "sản phẩm mỗi tháng", scale: 200...3_000, product: "hàng mây tre đan", income: 40...150,
                   regions: [.delta, .northCentral, .mekong, .city], details: [
            "Nghề mây tre đan được khôi phục, tận dụng nguồn nguyên liệu sẵn có ở địa phương.",
            "Các sản phẩm được đan theo mẫu mã của doanh nghiệp xuất khẩu, chất lượng được kiểm tra kỹ trước khi giao.",
            "Người cao tuổi, người khuyết tật trong thôn cũng có thể làm nghề tại nhà để có thêm thu nhập.",
        ], collectiveFriendly: true),
    ]
}
