/// A supervisor or district manager (主管 / 地区经理) who joins reps on co-visits (协访).
public struct Manager: Sendable, Hashable, Codable {
    /// External id from managers.csv (经理编号), named by reps.csv's manager_id.
    public var id: String
    /// Name (姓名).
    public var name: String
    /// Latitude of the manager's base (office or home), degrees.
    public var latitude: Double
    /// Longitude of the manager's base, degrees.
    public var longitude: Double
    /// Days a month the manager spends on co-visits (每月协访天数).
    public var coVisitDays: Int
    /// Co-visited calls a day at most (每日协访上限); nil = the rules' calls per day.
    public var callsPerDay: Int?

    /// Creates a manager.
    public init(id: String, name: String, latitude: Double, longitude: Double, coVisitDays: Int, callsPerDay: Int? = nil) {
        self.id = id
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
        self.coVisitDays = coVisitDays
        self.callsPerDay = callsPerDay
    }
}
