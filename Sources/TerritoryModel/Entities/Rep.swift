/// A medical representative (医药代表) and the shape of their working day.
public struct Rep: Sendable, Hashable, Codable {
    /// External id from reps.csv (代表编号).
    public var id: String
    /// Name (姓名).
    public var name: String
    /// Latitude of home or office where each day starts and ends, degrees.
    public var latitude: Double
    /// Longitude of home or office, degrees.
    public var longitude: Double
    /// Calls per day (每日拜访上限); nil = the rules' default.
    public var callsPerDay: Int?
    /// Start of the working day (上班时间); nil = the rules' default.
    public var dayStart: ClockTime?
    /// End of the working day (下班时间); nil = the rules' default.
    public var dayEnd: ClockTime?
    /// The manager's id (经理编号).
    public var managerID: String?

    /// Creates a rep.
    public init(
        id: String, name: String, latitude: Double, longitude: Double, callsPerDay: Int? = nil,
        dayStart: ClockTime? = nil, dayEnd: ClockTime? = nil, managerID: String? = nil
    ) {
        self.id = id
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
        self.callsPerDay = callsPerDay
        self.dayStart = dayStart
        self.dayEnd = dayEnd
        self.managerID = managerID
    }
}
