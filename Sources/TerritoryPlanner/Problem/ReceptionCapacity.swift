import TerritoryModel

/// How many calls a hospital's reception windows leave a rep in a day, against what its doctors need.
///
/// The windows are cut to the rep's working hours (lunch moves around them); each stretch holds
/// ⌊length ÷ service minutes⌋ calls. A hospital without windows receives all day and is not measured.
public struct ReceptionCapacity: Sendable, Hashable {
    /// The hospital.
    public let hospital: Hospital
    /// Minutes a day inside its windows and the rep's working hours.
    public let minutesPerDay: Int
    /// Calls those minutes hold in a day.
    public let callsPerDay: Int
    /// Calls the rep's doctors there need in the month.
    public let callsNeeded: Int
    /// Days the rep can visit in the month.
    public let days: Int

    /// Calls the month holds there: calls per day × days.
    public var callsInMonth: Int { callsPerDay * days }
    /// Whether the windows hold fewer calls than the doctors need.
    public var isShort: Bool { callsInMonth < callsNeeded }

    /// Measures one hospital for a rep's day and month.
    public init(hospital: Hospital, dayStart: Int, dayEnd: Int, rules: Rules, callsNeeded: Int, days: Int) {
        self.hospital = hospital
        let windows = RepMonth.callWindows(
            hospital: hospital.visitWindows, dayStart: dayStart, dayEnd: dayEnd,
            serviceMinutes: rules.serviceMinutes)
        // Each call window holds starts open...close; its stretch lasts close − open + service minutes.
        minutesPerDay = windows.reduce(0) { $0 + Int($1.close - $1.open) + rules.serviceMinutes }
        callsPerDay = windows.reduce(0) { $0 + (Int($1.close - $1.open) + rules.serviceMinutes) / rules.serviceMinutes }
        self.callsNeeded = callsNeeded
        self.days = days
    }
}

extension RepMonth {
    /// The rep's hospitals that have reception windows, measured, in first-doctor order.
    public func receptionCapacities(rules: Rules) -> [ReceptionCapacity] {
        RepMonth.receptionCapacities(rep: rep, doctors: doctors, days: days.count, rules: rules)
    }

    /// The hospitals of `doctors` that have reception windows, measured for `rep`'s working hours over `days`
    /// available days, in first-doctor order, without building the rep-month.
    public static func receptionCapacities(rep: Rep, doctors: [GradedDoctor], days: Int, rules: Rules) -> [ReceptionCapacity] {
        var needed: [String: Int] = [:]
        var order: [Hospital] = []
        for d in doctors where !d.hospital.visitWindows.isEmpty {
            if needed[d.hospital.id] == nil { order.append(d.hospital) }
            needed[d.hospital.id, default: 0] += d.visitsPerMonth
        }
        let dayStart = (rep.dayStart ?? rules.dayStart).minutes
        let dayEnd = (rep.dayEnd ?? rules.dayEnd).minutes
        return order.map {
            ReceptionCapacity(hospital: $0, dayStart: dayStart, dayEnd: dayEnd, rules: rules, callsNeeded: needed[$0.id]!, days: days)
        }
    }
}
