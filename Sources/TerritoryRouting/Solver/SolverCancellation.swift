import Synchronization

/// A flag any thread may raise to stop searches early (the user pressed Ctrl-C): a solver that sees
/// it stops before its next iteration and returns the best solution found so far.
public final class SolverCancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    /// A flag not raised yet.
    public init() {}

    /// Raises the flag.
    public func cancel() { flag.store(true, ordering: .relaxed) }

    /// Whether the flag was raised.
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
