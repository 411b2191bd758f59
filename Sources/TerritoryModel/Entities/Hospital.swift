/// A hospital of the territory (医院).
public struct Hospital: Sendable, Hashable, Codable {
    /// External id from hospitals.csv (医院编号).
    public var id: String
    /// Display name (医院名称).
    public var name: String
    /// Official level (等级).
    public var level: HospitalLevel
    /// Annual revenue in CNY (年收入); nil when unknown.
    public var annualRevenue: Int64?
    /// WGS-84 latitude, degrees.
    public var latitude: Double
    /// WGS-84 longitude, degrees.
    public var longitude: Double
    /// Reception windows (接待时间); empty = reps received all day.
    public var visitWindows: [ClockWindow]
    /// Days ahead a visit must be booked (预约提前天数); nil = no booking needed.
    public var bookingLeadDays: Int?
    /// District (区), free text.
    public var district: String?

    /// Creates a hospital.
    public init(
        id: String, name: String, level: HospitalLevel, annualRevenue: Int64?, latitude: Double, longitude: Double,
        visitWindows: [ClockWindow] = [], bookingLeadDays: Int? = nil, district: String? = nil
    ) {
        self.id = id
        self.name = name
        self.level = level
        self.annualRevenue = annualRevenue
        self.latitude = latitude
        self.longitude = longitude
        self.visitWindows = visitWindows
        self.bookingLeadDays = bookingLeadDays
        self.district = district
    }
}
