import TerritoryModel
import TerritoryPlanner
import Testing

@testable import TerritoryFormats

/// The district overview as it must read for 1 to 200 reps: one bar scale for every rep, one line per kind of
/// warning, the header naming a narrowed report's reps, and the map of every hospital by its highest zone.
@Suite("Report overview")
struct ReportOverviewTests {
    static let hospitals = [
        Hospital(id: "H1", name: "上海交通大学医学院附属瑞金医院", level: .tertiary, annualRevenue: 3_000_000_000, latitude: 31.21, longitude: 121.47),
        Hospital(id: "H2", name: "徐汇区社区卫生服务中心", level: .primary, annualRevenue: nil, latitude: 31.19, longitude: 121.44),
    ]
    static func doctor(_ id: String, _ hospital: String, _ title: TitleGroup, _ behavior: Behavior, rep: String) -> Doctor {
        Doctor(
            id: id, hospitalID: hospital, name: "医生" + id, department: "心内科", title: "", titleGroup: title, behavior: behavior,
            monthlyUnits: 0, repID: rep)
    }
    /// H1 holds red doctors (A1, A2), H2 only blue ones (C3).
    static let doctors = [
        doctor("D1", "H1", .attending, .firstChoice, rep: "R1"), doctor("D2", "H2", .resident, .competitor, rep: "R2"),
        doctor("D3", "H1", .senior, .secondChoice, rep: "R3"), doctor("D4", "H2", .resident, .competitor, rep: "R3"),
    ]
    static let reps = [
        Rep(id: "R1", name: "陈", latitude: 31.22, longitude: 121.45, managerID: "M1"),
        Rep(id: "R2", name: "李", latitude: 31.1, longitude: 121.42, managerID: "M1"),
        Rep(id: "R3", name: "张", latitude: 31.2, longitude: 121.5, managerID: "M2"),
    ]
    static let managers = [
        Manager(id: "M1", name: "王建国", latitude: 31.23, longitude: 121.47, coVisitDays: 4),
        Manager(id: "M2", name: "赵", latitude: 31.23, longitude: 121.47, coVisitDays: 4),
    ]

    static func rep(_ id: String, required: Int, unplaced: [UnplacedVisits] = []) -> RepPlan {
        RepPlan(
            repID: id, workingDays: 20, leaveDays: 0, capacity: 100, required: required, visits: [], unplaced: unplaced,
            plannedByZone: [], travelKm: 0, travelMinutes: 0, solveSeconds: 0, iterations: 0)
    }

    /// R1 at 71 %, R2 at 109 % and R3 at 159 %, with visits not placed for capacity (R2, R3) and reception windows (R3).
    static func document(_ language: Language = .zh) -> ReportDocument {
        let territory = Territory(hospitals: hospitals, doctors: doctors, reps: reps, managers: managers)
        let plan = MonthPlan(
            month: YearMonth(year: 2026, month: 12)!, seed: 0,
            reps: [
                rep("R1", required: 71),
                rep("R2", required: 109, unplaced: [UnplacedVisits(doctorID: "D2", repID: "R2", missing: 9, reason: .capacity)]),
                rep(
                    "R3", required: 159,
                    unplaced: [
                        UnplacedVisits(doctorID: "D3", repID: "R3", missing: 50, reason: .capacity),
                        UnplacedVisits(doctorID: "D4", repID: "R3", missing: 3, reason: .receptionWindows),
                    ]),
            ])
        return ReportDocument(
            plan: plan, territory: territory, calendar: .weekdays, leave: [], travel: TravelModel(rules: territory.rules), language: language)
    }

    @Test("Bars share one scale up to the highest utilisation, with a line at 100 %: 109 % and 159 % differ")
    func barsBeyondFullDiffer() {
        #expect(ReportDocument.barScale([0.71, 1.09, 1.59, .infinity]) == 1.59)
        #expect(ReportDocument.barScale([0.5, 0.9]) == 1)
        #expect(
            ReportDocument.utilisationBar(1.09, scale: 1.59)
                == "<span class=\"bar over\"><i style=\"width:68.6%\"></i><b style=\"left:62.9%\"></b></span>109.0%")
        #expect(
            ReportDocument.utilisationBar(1.59, scale: 1.59)
                == "<span class=\"bar over\"><i style=\"width:100.0%\"></i><b style=\"left:62.9%\"></b></span>159.0%")
        // Nobody over 100 %: no marker, the bar is the share of capacity.
        #expect(ReportDocument.utilisationBar(0.71) == "<span class=\"bar\"><i style=\"width:71.0%\"></i></span>71.0%")
        // The rep table draws every rep on the district's scale and says so.
        let table = Self.document().repTable()
        #expect(table.contains("<i style=\"width:68.6%\"></i><b style=\"left:62.9%\"></b></span>109.0%"))
        #expect(table.contains("<i style=\"width:44.7%\"></i><b style=\"left:62.9%\"></b></span>71.0%"))
        #expect(table.contains("饱和度条按最高值 159.0% 缩放，竖线为 100%。"))
    }

    @Test("Warnings are one line per kind with its count, not one line per rep or doctor")
    func warningsGrouped() {
        #expect(
            Self.document().overviewWarnings() == [
                "需求超出容量：2 位代表（R3 159.0%、R2 109.0%），这些代表的月份排不下全部拜访",
                "未能安排（容量不足）：59 次拜访，2 位医生，2 位代表",
                "未能安排（接待时间不足）：3 次拜访，1 位医生，1 位代表",
            ])
        #expect(
            Self.document(.en).overviewWarnings() == [
                "Required visits exceed capacity: 2 reps (R3 159.0%, R2 109.0%); their months cannot hold every visit",
                "Not placed (capacity): 59 visits of 2 doctors, 2 reps",
                "Not placed (reception windows): 3 visits of 1 doctor, 1 rep",
            ])
        let html = Self.document().render()
        #expect(html.components(separatedBy: "<ul class=\"warnings\">").count == 2)
        #expect(html.components(separatedBy: "需求超出容量：2 位代表").count == 2)
    }

    @Test("The rep table sorts by a heading through data-v: utilisation in thousandths, a zone by the visits it misses")
    func sortKeys() {
        let table = Self.document().repTable()
        #expect(table.hasPrefix("<div class=\"wide\"><table class=\"reps\" id=\"rep-table\">\n<thead><tr>"))
        #expect(table.contains("<td class=\"util\" data-v=\"1090\"><span class=\"bar over\">"))
        #expect(table.contains("<td class=\"util\" data-v=\"710\"><span class=\"bar\">"))
        #expect(ReportDocument.sortValue(.infinity) == 1_000_000)
        #expect(ReportDocument.sortValue(1.5994) == 1599)
    }

    @Test("A rep on leave all month is its own kind of warning, drawn as a full bar without a percentage")
    func noWorkingDay() {
        var document = Self.document(.en)
        var away = Self.rep("R1", required: 40)
        away.capacity = 0
        document = ReportDocument(
            plan: MonthPlan(month: document.plan.month, seed: 0, reps: [away]), territory: document.territory, calendar: .weekdays,
            leave: [], travel: document.travel, language: .en)
        #expect(document.overviewWarnings() == ["No working day left (on leave all month): 1 rep (R1)"])
        #expect(document.repTable().contains("<td class=\"util\" data-v=\"1000000\"><span class=\"bar over\"><i style=\"width:100.0%\"></i></span>—</td>"))
    }

    @Test("A long list of reps in a warning names eight and counts the rest")
    func longListsAreCut() {
        let ids = (1...11).map { "R\($0)" }
        #expect(ReportDocument.listed(ids, en: false) == "R1、R2、R3、R4、R5、R6、R7、R8 等，另有 3 位")
        #expect(ReportDocument.listed(ids, en: true) == "R1, R2, R3, R4, R5, R6, R7, R8 and 3 more")
        #expect(ReportDocument.listed(["R1", "R2"], en: true) == "R1, R2")
    }

    @Test("The rep table has one row per rep with planned/required per zone and the visits not placed")
    func repRows() {
        let table = Self.document(.en).repTable()
        #expect(table.components(separatedBy: "<tr><td><a href=\"#rep-").count - 1 == 3)
        // R3: red D3 (A2) needs its visits, none planned; 53 visits not placed.
        #expect(table.contains("<tr><td><a href=\"#rep-2\">R3</a></td><td>张</td><td class=\"num\">2</td>"))
        #expect(table.contains("<td class=\"num warn\">53</td></tr>"))
        #expect(table.contains("Red zone<br><small>planned/required</small>"))
    }

    @Test("A narrowed report says which reps it covers, and whose, in the report's language")
    func scopeInHeader() {
        var document = Self.document()
        #expect(document.scopeLine() == "")
        document.scope = ReportScope(repIDs: ["R3", "R1", "R2"], managerIDs: ["M1"])
        #expect(document.scopeLine() == "<p class=\"scope\">本报告只含 3 位代表：R3 张、R1 陈、R2 李（含经理 M1 王建国 的代表）。</p>\n")
        #expect(document.render().contains(document.scopeLine()))
        var english = Self.document(.en)
        english.scope = ReportScope(repIDs: ["R2"])
        #expect(english.scopeLine() == "<p class=\"scope\">This report covers 1 of the reps only: R2 李.</p>\n")
    }

    @Test("The territory map shows each hospital once in the colour of its highest zone, with the bases and a legend")
    func territoryMap() {
        let document = Self.document()
        let map = document.territoryMap()
        let red = HTML.color("#d9534f")
        #expect(map.components(separatedBy: "<circle ").count - 1 == 2)
        // H1 (two red doctors) is red, H2 (blue only) blue; the highest zone is drawn last, on top.
        #expect(map.contains("fill=\"\(red)\" stroke=\"#fff\" stroke-width=\"0.8\"><title>上海交通大学医学院附属瑞金医院 · 红区 · 2 位医生</title>"))
        #expect(map.range(of: "徐汇区社区卫生服务中心 · 蓝区")!.lowerBound < map.range(of: "上海交通大学医学院附属瑞金医院 · 红区")!.lowerBound)
        #expect(map.components(separatedBy: "<rect ").count - 1 == 3)
        #expect(map.contains(">R1</text>") && map.contains(">R3</text>"))
        #expect(map.contains("红区：1 家医院") && map.contains("黄区：0 家医院") && map.contains("蓝区：1 家医院"))
    }

    @Test("Places chained by gaps under 50 km form one region; cities farther apart get one map each")
    func regions() {
        let shanghai = [(latitude: 31.21, longitude: 121.47), (latitude: 31.19, longitude: 121.44)]
        let beijing = (latitude: 39.9, longitude: 116.4)
        #expect(TerritoryMap.regions(shanghai + [beijing, (latitude: 31.1, longitude: 121.42)]) == [[0, 1, 3], [2]])
        // 0.36° of latitude ≈ 40 km: A–B and B–C are near, A–C is 80 km, and all three are one region.
        #expect(TerritoryMap.regions([(31.0, 121.0), (31.36, 121.0), (31.72, 121.0)]) == [[0, 1, 2]])
        #expect(TerritoryMap.regions([(31.0, 121.0), (31.72, 121.0)]) == [[0], [1]])

        var hospitals = Self.hospitals
        hospitals[0].district = "上海"
        hospitals.append(
            Hospital(id: "H3", name: "北京协和医院", level: .tertiary, annualRevenue: 5_000_000_000, latitude: 39.91, longitude: 116.42, district: "北京"))
        let doctors = Self.doctors + [Self.doctor("D5", "H3", .attending, .firstChoice, rep: "R1")]
        let territory = Territory(hospitals: hospitals, doctors: doctors, reps: Self.reps, managers: Self.managers)
        let document = ReportDocument(
            plan: Self.document().plan, territory: territory, calendar: .weekdays, leave: [], travel: TravelModel(rules: territory.rules),
            language: .zh)
        let map = document.territoryMap()
        #expect(map.components(separatedBy: "<figure class=\"territory\">").count - 1 == 2)
        #expect(map.contains("<div class=\"territory-maps regions\">"))
        #expect(map.contains("<figcaption>上海（2 家医院，3 位代表）</figcaption><svg class=\"territory-map\" viewBox=\"0 0 380 "))
        #expect(map.contains("<figcaption>北京（1 家医院，0 位代表）</figcaption>"))
        #expect(map.contains("红区：2 家医院"))
    }

    @Test("Base labels never overlap: a base with no free place keeps only its tooltip")
    func labelsDoNotOverlap() {
        let base = MapPlace(name: "S001 何", latitude: 31.2, longitude: 121.4, fill: "#000", label: "S001")
        var twin = base
        (twin.label, twin.name) = ("S002", "S002 李")
        let others = (0..<4).map { _ in twin }
        // Two bases far to either side put the five on one spot in the middle of the map.
        let far = MapPlace(name: "S009 王", latitude: 31.3, longitude: 121.5, fill: "#000", label: "S009")
        var west = far
        (west.label, west.latitude, west.longitude) = ("S008", 31.1, 121.3)
        let svg = TerritoryMap(hospitals: [], bases: [base] + others + [far, west]).svg(label: "x")
        // The first takes the right, the next three left, above and below; the fifth gets no label.
        #expect(svg.components(separatedBy: "<text ").count - 1 == 6 + 1)  // six labels and the scale bar
        #expect(svg.components(separatedBy: ">S002</text>").count - 1 == 3)
        #expect(svg.contains(">S009</text>") && svg.contains("<title>S002 李</title>"))
    }

    @Test("The route maps' legend names the base, the numbered hospitals, every zone and the legs, in both languages")
    func mapLegend() {
        let zh = Self.document().mapLegend()
        for text in ["起点/终点", "按拜访顺序编号", "红区", "黄区", "蓝区", "往返起点", "医院之间"] { #expect(zh.contains(text), "\(text)") }
        let en = Self.document(.en).mapLegend()
        for text in ["base (where the rep starts and ends)", "numbered in visiting order", "Red", "Yellow", "Blue", "to and from base"] {
            #expect(en.contains(text), "\(text)")
        }
    }

    @Test("Up to 30 reps the page opens with a row of links; beyond, the rep table is the index; every rep links back up")
    func navigation() {
        let html = Self.document().render()
        #expect(html.contains("<nav><a href=\"#rep-0\">R1 陈</a><a href=\"#rep-1\">R2 李</a><a href=\"#rep-2\">R3 张</a></nav>"))
        #expect(html.components(separatedBy: "<a class=\"up\" href=\"#overview\">↑ 区域总览</a>").count - 1 == 3)
        #expect(html.contains("<h2 id=\"overview\">区域总览</h2>"))
        var many = Self.document()
        many = ReportDocument(
            plan: MonthPlan(month: many.plan.month, seed: 0, reps: (1...31).map { Self.rep("R\($0)", required: 50) }),
            territory: many.territory, calendar: .weekdays, leave: [], travel: many.travel, language: .zh)
        let big = many.render()
        #expect(!big.contains("<nav>"))
        #expect(big.contains("<tr><td><a href=\"#rep-30\">R31</a></td>"))
    }

    @Test("The same plan renders to the same bytes")
    func deterministic() {
        #expect(Self.document().render() == Self.document().render())
        #expect(Self.document(.en).render() == Self.document(.en).render())
    }
}
