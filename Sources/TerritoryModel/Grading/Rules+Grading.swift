extension Rules {
    /// The tier of a hospital, and whether it followed the level alone because revenue is unknown.
    ///
    /// T1: 三级 with revenue above `t1MinRevenue`; T2: 二级 or higher above `t2MinRevenue`, not T1;
    /// T3: every other hospital. Unknown revenue: 三级 → T1, 二级 → T2, otherwise T3.
    public func tier(of hospital: Hospital) -> (tier: Tier, fromLevelOnly: Bool) {
        guard let revenue = hospital.annualRevenue else { return (hospital.level.tierWithoutRevenue, true) }
        if hospital.level == .tertiary && revenue > t1MinRevenue { return (.t1, false) }
        if (hospital.level == .tertiary || hospital.level == .secondary) && revenue > t2MinRevenue { return (.t2, false) }
        return (.t3, false)
    }

    /// The potential score for a tier and title group, before bonus points.
    public func baseScore(tier: Tier, titleGroup: TitleGroup) -> Int { scores[tier]?[titleGroup] ?? 0 }

    /// The bonus points a doctor earns under `bonuses`.
    public func bonusPoints(for doctor: Doctor) -> Int {
        bonuses.reduce(0) { sum, b in
            let departmentMatches = b.department.map { $0.trimmingWhitespace() == doctor.department.trimmingWhitespace() } ?? true
            let titleMatches = b.titleGroup.map { $0 == doctor.titleGroup } ?? true
            return sum + (departmentMatches && titleMatches ? b.points : 0)
        }
    }

    /// The grade whose band holds `score`; below every band → the lowest grade, above → the highest.
    public func grade(forScore score: Int) -> Grade {
        for g in Grade.allCases { if let band = gradeBands[g], band.contains(score) { return g } }
        let lowest = Grade.allCases.min { (gradeBands[$0]?.lowerBound ?? 0) < (gradeBands[$1]?.lowerBound ?? 0) } ?? .c
        let highest = Grade.allCases.max { (gradeBands[$0]?.upperBound ?? 0) < (gradeBands[$1]?.upperBound ?? 0) } ?? .a
        return score < (gradeBands[lowest]?.lowerBound ?? 1) ? lowest : highest
    }

    /// Grades a doctor at a hospital: tier, score (with capped bonus), grade, cell, zone, visits.
    public func grade(_ doctor: Doctor, at hospital: Hospital) -> GradedDoctor {
        let (tier, levelOnly) = tier(of: hospital)
        let score = min(maxScore, baseScore(tier: tier, titleGroup: doctor.titleGroup) + bonusPoints(for: doctor))
        let grade = grade(forScore: score)
        let cell = Cell(grade: grade, behavior: doctor.behavior)
        let zone = self.zone(of: cell) ?? zones.last ?? .blue
        return GradedDoctor(
            doctor: doctor, hospital: hospital, tier: tier, tierFromLevelOnly: levelOnly, score: score,
            grade: grade, cell: cell, zone: zone, visitsPerMonth: visitsPerMonth[cell] ?? 0)
    }
}
