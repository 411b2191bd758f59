import Foundation
import TerritoryModel

/// Generates realistic, seeded sales districts as territory folders: the shape users live in,
/// not the demo's. Cities of hospitals of every level with the reception windows found in
/// practice (all day, morning and afternoon, afternoon only, the 12:00–13:30 noon slot, morning
/// only), reps based across the city, each given doctors until a drawn utilisation (by default
/// spread over 70–160 %) is reached, and a few days of leave for some reps.
///
/// The same options and seed give byte-identical files.
public struct DistrictGenerator: Sendable {
    /// Number of reps.
    public var reps: Int
    /// Random seed.
    public var seed: UInt64
    /// The month the leave falls in.
    public var year: Int
    /// The month the leave falls in, 1–12.
    public var month: Int
    /// Lowest drawn utilisation (required visits ÷ capacity).
    public var minUtilisation: Double = 0.70
    /// Highest drawn utilisation.
    public var maxUtilisation: Double = 1.60
    /// Share of hospitals that receive reps only 12:00–13:30.
    public var noonOnlyShare: Double = 0.15
    /// Share of hospitals that receive reps only in the afternoon.
    public var afternoonOnlyShare: Double = 0.15
    /// Reps per city (a district is one city).
    public var repsPerCity: Int = 20
    /// Reps per manager (reps.csv's manager_id, managers.csv), in file order.
    public var repsPerManager: Int = 5
    /// Each manager's co_visit_days.
    public var coVisitDays: Int = 8
    /// Doctors per rep; nil: as many as the drawn utilisation needs. When set, every rep gets exactly this many
    /// doctors (a national sales force's shape), drawn so their visits come near the drawn utilisation where K
    /// doctors can: draws that would need too many visits are drawn again, keeping the lightest.
    public var doctorsPerRep: Int?

    /// Creates a generator.
    public init(reps: Int, seed: UInt64, year: Int, month: Int) {
        self.reps = reps
        self.seed = seed
        self.year = year
        self.month = month
    }

    /// The generated territory folder: file name → file text (hospitals.csv, doctors.csv,
    /// reps.csv, leave.csv, managers.csv), CSV with English headers, UTF-8, LF line ends.
    /// - Complexity: O(reps × doctors per rep).
    public func files() -> [String: String] {
        var rng = SplitMix64(seed: seed)
        var hospitals = ["hospital_id,name,level,annual_revenue,latitude,longitude,visit_windows,booking_lead_days,district"]
        var doctors = ["doctor_id,hospital_id,name,department,title,behaviour,monthly_units,rep_id"]
        var repRows = ["rep_id,name,latitude,longitude,calls_per_day,day_start,day_end,manager_id"]
        var leave = ["rep_id,from,to"]
        // A manager per `repsPerManager` reps in file order, based at the mean of his reps' bases (no random draw,
        // so hospitals, doctors and reps are what they were before managers.csv was added).
        var managerBases: [(lat: Double, lon: Double, reps: Int)] = []
        var repNumber = 0
        let weekdays = Self.weekdays(year: year, month: month)
        let rules = Rules()
        var doctorNumber = 0
        var hospitalNumber = 0
        let cityCount = max(1, (reps + repsPerCity - 1) / repsPerCity)
        for city in 0..<cityCount {
            let (cityName, lat0, lon0) = Self.cities[city % Self.cities.count]
            let repsHere = min(repsPerCity, reps - city * repsPerCity)
            // About three hospitals per rep, spread over a 12 km radius around the centre.
            var cityHospitals: [(id: String, hospital: Hospital)] = []
            for _ in 0..<(repsHere * 3 + 4) {
                hospitalNumber += 1
                let id = "H\(Self.padded(hospitalNumber, 4))"
                let (level, levelText, revenue) = Self.level(&rng)
                let (dLat, dLon) = Self.offset(&rng, radiusKm: 12, latitude: lat0)
                let windows = windowsText(&rng)
                let lead = rng.unit() < 0.2 ? [3, 5, 7][rng.below(3)] : nil
                let name = "\(cityName)\(Self.hospitalNames[rng.below(Self.hospitalNames.count)])\(hospitalNumber)"
                let lat = lat0 + dLat
                let lon = lon0 + dLon
                hospitals.append(
                    [
                        id, name, levelText, Revenue.format(revenue), Self.coordinate(lat), Self.coordinate(lon),
                        windows, lead.map(String.init) ?? "", cityName,
                    ].joined(separator: ","))
                let h = Hospital(
                    id: id, name: name, level: level, annualRevenue: revenue, latitude: lat, longitude: lon,
                    visitWindows: [], bookingLeadDays: lead, district: cityName)
                cityHospitals.append((id, h))
            }
            for r in 0..<repsHere {
                let repID = "S\(Self.padded(city * repsPerCity + r + 1, 3))"
                let (bLat, bLon) = Self.offset(&rng, radiusKm: 9, latitude: lat0)
                let baseLat = lat0 + bLat
                let baseLon = lon0 + bLon
                let manager = repNumber / repsPerManager
                repNumber += 1
                if manager == managerBases.count { managerBases.append((0, 0, 0)) }
                managerBases[manager].lat += baseLat
                managerBases[manager].lon += baseLon
                managerBases[manager].reps += 1
                repRows.append(
                    [
                        repID, Self.personName(&rng), Self.coordinate(baseLat), Self.coordinate(baseLon), "8", "08:30", "17:30",
                        "M\(Self.padded(manager + 1, 2))",
                    ].joined(separator: ","))
                var leaveDays = 0
                if rng.unit() < 0.25 && weekdays.count > 5 {
                    leaveDays = 1 + rng.below(3)
                    let start = rng.below(weekdays.count - leaveDays)
                    leave.append("\(repID),\(weekdays[start]),\(weekdays[start + leaveDays - 1])")
                }
                // The rep's hospitals: the 4–8 nearest to the base.
                let count = 4 + rng.below(5)
                let near = cityHospitals.sorted {
                    Self.squaredDistance($0.hospital, baseLat, baseLon) < Self.squaredDistance($1.hospital, baseLat, baseLon)
                }.prefix(count)
                let capacity = 8 * max(1, weekdays.count - leaveDays)
                let u = minUtilisation + (maxUtilisation - minUtilisation) * Double(r) / Double(max(1, repsHere - 1))
                let jitter = (rng.unit() - 0.5) * 0.06
                let target = Int((Double(capacity) * (u + jitter)).rounded())
                var required = 0
                var given = 0
                while doctorsPerRep.map({ given < $0 }) ?? (required < target) {
                    given += 1
                    var (_, h) = near[near.startIndex + rng.below(near.count)]
                    var (title, group) = Self.title(&rng)
                    var behaviour = Self.behaviour(&rng)
                    if let k = doctorsPerRep {
                        // K doctors whose visits still reach the drawn utilisation: while a draw would leave too few
                        // visits for the doctors still to come (one each at least), draw again (up to 8 times),
                        // keeping the draw that needs the fewest visits.
                        let budget = target - required - (k - given)
                        var visits = Self.visits(h, group, behaviour.value, rules)
                        for _ in 0..<8 where visits > max(1, budget) {
                            let (_, h2) = near[near.startIndex + rng.below(near.count)]
                            let (t2, g2) = Self.title(&rng)
                            let b2 = Self.behaviour(&rng)
                            let v2 = Self.visits(h2, g2, b2.value, rules)
                            if v2 < visits { (h, title, group, behaviour, visits) = (h2, t2, g2, b2, v2) }
                        }
                    }
                    doctorNumber += 1
                    let doctor = Doctor(
                        id: "D\(Self.padded(doctorNumber, 5))", hospitalID: h.id, name: Self.personName(&rng),
                        department: Self.departments[rng.below(Self.departments.count)], title: title,
                        titleGroup: group, behavior: behaviour.value, monthlyUnits: rng.below(80), repID: repID)
                    required += rules.grade(doctor, at: h).visitsPerMonth
                    doctors.append(
                        [
                            doctor.id, doctor.hospitalID, doctor.name, doctor.department, title, behaviour.text,
                            String(doctor.monthlyUnits), repID,
                        ].joined(separator: ","))
                }
            }
        }
        var managers = ["manager_id,name,latitude,longitude,co_visit_days,calls_per_day"]
        for (k, b) in managerBases.enumerated() {
            let n = Double(b.reps)
            managers.append(
                ["M\(Self.padded(k + 1, 2))", "经理\(k + 1)", Self.coordinate(b.lat / n), Self.coordinate(b.lon / n), String(coVisitDays), ""]
                    .joined(separator: ","))
        }
        func file(_ rows: [String]) -> String { rows.joined(separator: "\n") + "\n" }
        return [
            "hospitals.csv": file(hospitals), "doctors.csv": file(doctors), "reps.csv": file(repRows), "leave.csv": file(leave),
            "managers.csv": file(managers),
        ]
    }

    /// A hospital's reception windows as written in hospitals.csv.
    private func windowsText(_ rng: inout SplitMix64) -> String {
        let x = rng.unit()
        if x < noonOnlyShare { return "12:00-13:30" }
        if x < noonOnlyShare + afternoonOnlyShare { return "13:30-16:30" }
        let rest = (x - noonOnlyShare - afternoonOnlyShare) / max(0.01, 1 - noonOnlyShare - afternoonOnlyShare)
        if rest < 0.45 { return "" }
        if rest < 0.85 { return "09:00-11:30;14:00-16:30" }
        return "08:30-11:00"
    }

    /// Monday–Friday dates of the month as YYYY-MM-DD (holidays are the calendar's business).
    static func weekdays(year: Int, month: Int) -> [String] {
        let lengths = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var out: [String] = []
        for day in 1...lengths[month - 1] {
            // Sakamoto's day of week: 0 = Sunday.
            let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
            let y = month < 3 ? year - 1 : year
            let w = (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
            if w != 0 && w != 6 { out.append("\(year)-\(padded(month, 2))-\(padded(day, 2))") }
        }
        return out
    }

    static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    static func coordinate(_ x: Double) -> String {
        let scaled = Int((x * 1_000_000).rounded())
        return "\(scaled / 1_000_000).\(padded(scaled % 1_000_000, 6))"
    }

    static func squaredDistance(_ h: Hospital, _ lat: Double, _ lon: Double) -> Double {
        let dy = h.latitude - lat
        let dx = (h.longitude - lon) * 0.85
        return dx * dx + dy * dy
    }

    /// A random offset within `radiusKm`, denser towards the centre, in degrees.
    static func offset(_ rng: inout SplitMix64, radiusKm: Double, latitude: Double) -> (Double, Double) {
        let r = radiusKm * rng.unit() * rng.unit().squareRoot()
        let a = rng.unit() * 2 * Double.pi
        let dLat = r * sin(a) / 111.0
        let dLon = r * cos(a) / (111.0 * cos(latitude * Double.pi / 180))
        return (dLat, dLon)
    }

    static func level(_ rng: inout SplitMix64) -> (HospitalLevel, String, Int64) {
        let x = rng.unit()
        if x < 0.30 { return (.tertiary, "三级甲等", Int64(8 + rng.below(30)) * 100_000_000) }
        if x < 0.45 { return (.tertiary, "三级乙等", Int64(2 + rng.below(4)) * 100_000_000) }
        if x < 0.75 { return (.secondary, "二级甲等", Int64(1 + rng.below(3)) * 100_000_000) }
        return (.primary, "一级", Int64(1) * 100_000_000 / 2)
    }

    /// The visits a month a doctor of that title group and behaviour at `hospital` needs under `rules`.
    static func visits(_ hospital: Hospital, _ group: TitleGroup, _ behaviour: Behavior, _ rules: Rules) -> Int {
        let probe = Doctor(
            id: "", hospitalID: hospital.id, name: "", department: "", title: "", titleGroup: group, behavior: behaviour, monthlyUnits: 0,
            repID: "")
        return rules.grade(probe, at: hospital).visitsPerMonth
    }

    static func title(_ rng: inout SplitMix64) -> (String, TitleGroup) {
        let x = rng.unit()
        if x < 0.15 { return ("主任医师", .senior) }
        if x < 0.40 { return ("副主任医师", .senior) }
        if x < 0.75 { return ("主治医师", .attending) }
        return ("住院医师", .resident)
    }

    static func behaviour(_ rng: inout SplitMix64) -> (value: Behavior, text: String) {
        let x = rng.unit()
        if x < 0.20 { return (.firstChoice, "首选") }
        if x < 0.50 { return (.secondChoice, "次选") }
        return (.competitor, "竞品")
    }

    static func personName(_ rng: inout SplitMix64) -> String {
        surnames[rng.below(surnames.count)] + given[rng.below(given.count)] + (rng.below(2) == 0 ? "" : given[rng.below(given.count)])
    }

    static let cities: [(String, Double, Double)] = [
        ("上海", 31.2304, 121.4737), ("北京", 39.9042, 116.4074), ("广州", 23.1291, 113.2644), ("成都", 30.5728, 104.0668),
        ("武汉", 30.5928, 114.3055), ("杭州", 30.2741, 120.1551), ("西安", 34.3416, 108.9398), ("南京", 32.0603, 118.7969),
    ]
    static let hospitalNames = ["人民医院", "中心医院", "中医医院", "第一医院", "第二医院", "妇幼保健院", "社区卫生服务中心", "肿瘤医院"]
    static let departments = ["内分泌科", "心内科", "呼吸内科", "消化内科", "神经内科", "肿瘤科", "肾内科", "全科"]
    static let surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林"]
    static let given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚"]
}

/// SplitMix64 (Steele, Lea & Flood 2014): the generator's seeded source of randomness.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0..<n (n > 0).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// A uniform double in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(UInt64(1) << 53) }
}
