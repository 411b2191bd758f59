import TerritoryModel

/// What `territory balance` moves between reps: a rep's doctors at one hospital, red and the
/// others apart (so the red ones can stay while the rest move), or single doctors.
public enum BalanceGranularity: Sendable, Hashable {
    /// A rep's doctors at one hospital move together: one unit for the red doctors, one for the others.
    case hospitalGroup
    /// Single doctors move, and only to a rep who already sees their hospital: no rep gains a hospital
    /// (`--keep-hospitals`).
    case keepHospitals
}

/// One movable unit: doctors of one rep at one hospital that change rep together.
public struct BalanceUnit: Sendable, Hashable {
    /// Index of the hospital in `BalanceProblem.hospitalIDs`.
    public let hospital: Int
    /// Index of the rep the doctors belong to today.
    public let owner: Int
    /// The doctors, in doctors.csv order.
    public let doctorIDs: [String]
    /// Visits per month the doctors require.
    public let visits: Int
    /// The most visits one of the doctors requires: the rep is at the hospital on at least that many days.
    public let busiestDoctorVisits: Int
    /// Whether the doctors are red-zone ones (who keep their rep unless moving them is the only way).
    public let isRed: Bool
    /// Reps the unit may move to (indices, ascending; the owner excluded).
    public let targets: [Int]

    /// Creates a unit.
    public init(hospital: Int, owner: Int, doctorIDs: [String], visits: Int, busiestDoctorVisits: Int, isRed: Bool, targets: [Int]) {
        self.hospital = hospital
        self.owner = owner
        self.doctorIDs = doctorIDs
        self.visits = visits
        self.busiestDoctorVisits = busiestDoctorVisits
        self.isRed = isRed
        self.targets = targets
    }
}

/// The limits a proposal must keep: the cap, and the band around the district's utilisation.
public struct BalanceLimits: Sendable, Hashable {
    /// The highest utilisation a rep may reach when the district has room (default 1.05 = 105 %).
    public var cap: Double = 1.05
    /// How far, in utilisation, a rep may stay from the district's (default 0.03 = 3 points).
    public var tolerance: Double = 0.03
    /// At most this many units may change rep; nil = no limit.
    public var maxMoves: Int?

    /// The default limits.
    public init(cap: Double = 1.05, tolerance: Double = 0.03, maxMoves: Int? = nil) {
        self.cap = cap
        self.tolerance = tolerance
        self.maxMoves = maxMoves
    }

    /// The band of utilisation every rep should end in, for a district of utilisation `district`:
    /// from `district − tolerance` up to `min(cap, district + tolerance)`; when the district itself is above the
    /// cap (it has no room), the cap cannot hold for everyone and the band is `district ± tolerance`.
    public func band(district: Double) -> ClosedRange<Double> {
        let upper = district > cap ? district + tolerance : min(cap, district + tolerance)
        return max(0, district - tolerance)...max(upper, district)
    }
}

/// A workload-balancing problem: reps with their capacity, units of doctors with their visits, and the
/// distances behind the travel estimate. Immutable, built once; the search works on indices.
public struct BalanceProblem: Sendable {
    /// Rep ids; rep `r` is `repIDs[r]`.
    public let repIDs: [String]
    /// Calls the rep can make in the month (calls per day × available days), per rep.
    public let capacity: [Int]
    /// Available days (working days less leave), per rep.
    public let availableDays: [Int]
    /// Hospital ids; hospital `h` is `hospitalIDs[h]`.
    public let hospitalIDs: [String]
    /// The movable units; every doctor of the reps balanced is in exactly one.
    public let units: [BalanceUnit]
    /// Road metres from rep `r`'s base to hospital `h`, row-major `[r * hospitalCount + h]`.
    public let baseMetres: [Int32]
    /// Road metres between hospitals, row-major `[h * hospitalCount + g]`.
    public let hospitalMetres: [Int32]
    /// The limits the proposal keeps.
    public let limits: BalanceLimits
    /// Σ required ÷ Σ capacity over the reps balanced.
    public let districtUtilisation: Double
    /// Most visits a rep may keep (the band's top × capacity, rounded down), per rep.
    public let upperLoad: [Int]
    /// Fewest visits a rep should have (the band's bottom × capacity, rounded up), per rep.
    public let lowerLoad: [Int]
    /// Whether unit `u` may belong to rep `r`, row-major `[u * repCount + r]` (its owner or a target).
    let allowed: [Bool]

    /// Number of reps.
    public var repCount: Int { repIDs.count }
    /// Number of hospitals.
    public var hospitalCount: Int { hospitalIDs.count }

    /// Whether unit `u` may belong to rep `r`.
    public func mayHold(_ r: Int, unit u: Int) -> Bool { allowed[u * repCount + r] }

    /// Creates a problem from its parts; distances in road metres.
    public init(
        repIDs: [String], capacity: [Int], availableDays: [Int], hospitalIDs: [String], units: [BalanceUnit],
        baseMetres: [Int32], hospitalMetres: [Int32], limits: BalanceLimits
    ) {
        precondition(capacity.count == repIDs.count && availableDays.count == repIDs.count)
        precondition(baseMetres.count == repIDs.count * hospitalIDs.count && hospitalMetres.count == hospitalIDs.count * hospitalIDs.count)
        self.repIDs = repIDs
        self.capacity = capacity
        self.availableDays = availableDays
        self.hospitalIDs = hospitalIDs
        self.units = units
        self.baseMetres = baseMetres
        self.hospitalMetres = hospitalMetres
        self.limits = limits
        let load = units.reduce(0) { $0 + $1.visits }
        let cap = capacity.reduce(0, +)
        let district = cap == 0 ? 0 : Double(load) / Double(cap)
        self.districtUtilisation = district
        let band = limits.band(district: district)
        self.upperLoad = capacity.map { Int((band.upperBound * Double($0) + 1e-9).rounded(.down)) }
        self.lowerLoad = capacity.map { Int((band.lowerBound * Double($0) - 1e-9).rounded(.up)) }
        var allowed = [Bool](repeating: false, count: units.count * repIDs.count)
        for (u, unit) in units.enumerated() {
            allowed[u * repIDs.count + unit.owner] = true
            for t in unit.targets { allowed[u * repIDs.count + t] = true }
        }
        self.allowed = allowed
    }

    /// Builds the problem for the given reps of a territory.
    ///
    /// - Parameters:
    ///   - repIDs: the reps balanced, in the order wanted; only their doctors move, and only among them.
    ///   - capacity: per rep (same order), available days and calls of the month (`RepMonth.capacity`).
    ///   - granularity: what moves (`hospitalGroup` by default).
    ///   - nearestReps: a hospital group may go to a rep who already sees the hospital or to one of this many
    ///     reps whose bases are nearest to it (0 = to any rep); a far rep would turn the move into travel.
    ///   - travel: the road-distance model.
    public static func build(
        territory: Territory, repIDs: [String], capacity: [(availableDays: Int, capacity: Int)],
        granularity: BalanceGranularity, nearestReps: Int = 0, limits: BalanceLimits, travel: TravelModel
    ) -> BalanceProblem {
        let repIndex = Dictionary(uniqueKeysWithValues: repIDs.enumerated().map { ($1, $0) })
        let doctors = territory.gradedDoctors().filter { repIndex[$0.doctor.repID] != nil }
        let redID = territory.rules.zonePriority.first ?? "red"
        var hospitalIDs: [String] = []
        var hospitalIndex: [String: Int] = [:]
        for d in doctors where hospitalIndex[d.hospital.id] == nil {
            hospitalIndex[d.hospital.id] = hospitalIDs.count
            hospitalIDs.append(d.hospital.id)
        }
        // Which reps see which hospital today (for --keep-hospitals).
        var seenBy = [Set<Int>](repeating: [], count: hospitalIDs.count)
        for d in doctors { seenBy[hospitalIndex[d.hospital.id]!].insert(repIndex[d.doctor.repID]!) }

        let reps = repIDs.map { territory.rep(id: $0)! }
        let hospitals = hospitalIDs.map { territory.hospital(id: $0)! }
        func metres(_ km: Double) -> Int32 { Int32(min(Double(Int32.max), (km * 1000).rounded())) }
        var base = [Int32](repeating: 0, count: reps.count * hospitals.count)
        for (r, rep) in reps.enumerated() {
            for (h, hospital) in hospitals.enumerated() {
                base[r * hospitals.count + h] = metres(
                    travel.roadKm(lat1: rep.latitude, lon1: rep.longitude, lat2: hospital.latitude, lon2: hospital.longitude))
            }
        }
        // The reps a hospital's groups may go to.
        let reachable: [Set<Int>] = (0..<hospitals.count).map { h in
            guard nearestReps > 0, nearestReps < reps.count else { return Set(0..<reps.count) }
            let near = (0..<reps.count).sorted { (base[$0 * hospitals.count + h], $0) < (base[$1 * hospitals.count + h], $1) }.prefix(nearestReps)
            return seenBy[h].union(near)
        }

        var units: [BalanceUnit] = []
        func unit(_ group: [GradedDoctor], hospital h: Int, owner r: Int, red: Bool) {
            guard !group.isEmpty else { return }
            let targets: [Int] =
                switch granularity {
                case .hospitalGroup: reachable[h].filter { $0 != r }.sorted()
                case .keepHospitals: seenBy[h].filter { $0 != r }.sorted()
                }
            units.append(
                BalanceUnit(
                    hospital: h, owner: r, doctorIDs: group.map(\.doctor.id), visits: group.reduce(0) { $0 + $1.visitsPerMonth },
                    busiestDoctorVisits: group.map(\.visitsPerMonth).max() ?? 0, isRed: red, targets: targets))
        }
        for r in 0..<repIDs.count {
            let mine = doctors.filter { $0.doctor.repID == repIDs[r] }
            var order: [Int] = []
            var byHospital: [Int: [GradedDoctor]] = [:]
            for d in mine {
                let h = hospitalIndex[d.hospital.id]!
                if byHospital[h] == nil { order.append(h) }
                byHospital[h, default: []].append(d)
            }
            for h in order {
                let group = byHospital[h]!
                switch granularity {
                case .hospitalGroup:
                    unit(group.filter { $0.zone.id == redID }, hospital: h, owner: r, red: true)
                    unit(group.filter { $0.zone.id != redID }, hospital: h, owner: r, red: false)
                case .keepHospitals:
                    for d in group { unit([d], hospital: h, owner: r, red: d.zone.id == redID) }
                }
            }
        }

        var between = [Int32](repeating: 0, count: hospitals.count * hospitals.count)
        for (h, a) in hospitals.enumerated() {
            for (g, b) in hospitals.enumerated() where g != h {
                between[h * hospitals.count + g] = metres(travel.roadKm(lat1: a.latitude, lon1: a.longitude, lat2: b.latitude, lon2: b.longitude))
            }
        }
        return BalanceProblem(
            repIDs: repIDs, capacity: capacity.map(\.capacity), availableDays: capacity.map(\.availableDays),
            hospitalIDs: hospitalIDs, units: units, baseMetres: base, hospitalMetres: between, limits: limits)
    }
}
