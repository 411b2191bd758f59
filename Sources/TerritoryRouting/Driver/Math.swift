/// Natural logarithm and exponential for the annealing schedule, in plain Swift so the core
/// needs neither Foundation nor the C library. Accurate to about 1e-15 relative, far more than
/// an acceptance test needs.
enum Math {
    /// ln 2.
    static let ln2 = 0.693_147_180_559_945_309_4

    /// Natural logarithm of a positive finite `x`.
    static func log(_ x: Double) -> Double {
        precondition(x > 0 && x.isFinite)
        // x = m · 2^e with m in [1/√2, √2).
        var e = Double(x.exponent)
        var m = x.significand  // in [1, 2)
        if m > 1.414_213_562_373_095 {
            m /= 2
            e += 1
        }
        // ln m = 2 atanh(z), z = (m − 1)/(m + 1), |z| < 0.172.
        let z = (m - 1) / (m + 1)
        let z2 = z * z
        var term = z
        var sum = 0.0
        var k = 1.0
        while k < 40 {
            sum += term / k
            term *= z2
            k += 2
        }
        return 2 * sum + e * ln2
    }

    /// e raised to `x` (finite).
    static func exp(_ x: Double) -> Double {
        if x < -745 { return 0 }
        if x > 709 { return .infinity }
        let k = (x / ln2).rounded()
        let r = x - k * ln2  // |r| ≤ ln2 / 2
        var term = 1.0
        var sum = 1.0
        for i in 1..<24 {
            term *= r / Double(i)
            sum += term
        }
        return Double(sign: .plus, exponent: Int(k), significand: sum)
    }
}
