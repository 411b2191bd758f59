import TerritoryModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// City-road travel between places: great-circle distance × detour factor at urban speed, unless
/// a travel-time table gives the minutes for a pair of ids.
public struct TravelModel: Sendable {
    /// Factor from straight-line to road distance (default 1.4).
    public let detourFactor: Double
    /// Urban speed in km/h (default 25).
    public let speedKmPerHour: Double
    /// Given travel minutes by (from id, to id); looked up in both directions.
    public let givenMinutes: [PlacePair: Int]

    /// An ordered pair of place ids (hospital or rep ids).
    public struct PlacePair: Sendable, Hashable {
        /// Origin id.
        public let from: String
        /// Destination id.
        public let to: String
        /// Creates a pair.
        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    /// Creates a model from the rules and an optional travel-time table.
    public init(rules: Rules, givenMinutes: [PlaceMinutes] = []) {
        self.detourFactor = rules.detourFactor
        self.speedKmPerHour = rules.speedKmPerHour
        var table: [PlacePair: Int] = [:]
        for g in givenMinutes { table[PlacePair(from: g.from, to: g.to)] = g.minutes }
        self.givenMinutes = table
    }

    /// One row of a travel-time table.
    public struct PlaceMinutes: Sendable, Hashable {
        /// Origin id.
        public let from: String
        /// Destination id.
        public let to: String
        /// Travel minutes.
        public let minutes: Int
        /// Creates a row.
        public init(from: String, to: String, minutes: Int) {
            self.from = from
            self.to = to
            self.minutes = minutes
        }
    }

    /// Great-circle distance in km (haversine, mean Earth radius 6371.0088 km).
    public static func greatCircleKm(lat1: Double, lon1: Double, lat2: Double, lon2: Double) -> Double {
        let rad = Double.pi / 180
        let dLat = (lat2 - lat1) * rad
        let dLon = (lon2 - lon1) * rad
        let s1 = sin(dLat / 2)
        let s2 = sin(dLon / 2)
        let a = s1 * s1 + cos(lat1 * rad) * cos(lat2 * rad) * s2 * s2
        return 2 * 6371.0088 * asin(min(1, a.squareRoot()))
    }

    /// Road distance in km between two coordinates.
    public func roadKm(lat1: Double, lon1: Double, lat2: Double, lon2: Double) -> Double {
        TravelModel.greatCircleKm(lat1: lat1, lon1: lon1, lat2: lat2, lon2: lon2) * detourFactor
    }

    /// Whole travel minutes between two places (rounded up; 0 between the same place).
    public func minutes(fromID: String, lat1: Double, lon1: Double, toID: String, lat2: Double, lon2: Double) -> Int {
        if fromID == toID { return 0 }
        if let m = givenMinutes[PlacePair(from: fromID, to: toID)] ?? givenMinutes[PlacePair(from: toID, to: fromID)] { return m }
        let km = roadKm(lat1: lat1, lon1: lon1, lat2: lat2, lon2: lon2)
        return Int((km / speedKmPerHour * 60).rounded(.up))
    }
}
