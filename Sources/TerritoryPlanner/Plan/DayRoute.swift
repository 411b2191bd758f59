import TerritoryModel

/// One rep-day as planned: from the rep's base through the visits' hospitals in seq order and back.
public struct DayRoute: Sendable, Hashable {
    /// Distinct hospitals visited.
    public let hospitals: Int
    /// Road km of the day.
    public let km: Double
    /// Travel minutes of the day.
    public let minutes: Int
    /// When the rep leaves base to reach the first call just in time.
    public let leave: ClockTime
    /// When the rep is back at base.
    public let home: ClockTime

    /// Measures a day's visits (in seq order); nil when the day is empty or names an unknown rep or hospital.
    ///
    /// - Complexity: O(visits).
    public init?(visits day: [PlannedVisit], territory: Territory, travel: TravelModel) {
        guard let first = day.first, let last = day.last, let rep = territory.rep(id: first.repID) else { return nil }
        var places: [(id: String, lat: Double, lon: Double)] = [(rep.id, rep.latitude, rep.longitude)]
        for v in day {
            guard let h = territory.hospital(id: v.hospitalID) else { return nil }
            if places.last!.id != h.id { places.append((h.id, h.latitude, h.longitude)) }
        }
        places.append((rep.id, rep.latitude, rep.longitude))
        var km = 0.0
        var legs: [Int] = []
        for (a, b) in zip(places, places.dropFirst()) {
            km += a.id == b.id ? 0 : travel.roadKm(lat1: a.lat, lon1: a.lon, lat2: b.lat, lon2: b.lon)
            legs.append(travel.minutes(fromID: a.id, lat1: a.lat, lon1: a.lon, toID: b.id, lat2: b.lat, lon2: b.lon))
        }
        hospitals = Set(day.map(\.hospitalID)).count
        self.km = km
        minutes = legs.reduce(0, +)
        leave = ClockTime(minutes: first.arrival.minutes - legs.first!)
        home = ClockTime(minutes: last.departure.minutes + legs.last!)
    }
}
