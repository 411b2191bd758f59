import Dispatch
import Foundation
import TerritoryFormats
import TerritoryRouting

/// Turns Ctrl-C (SIGINT) during a long run into a clean stop: while it watches, SIGINT no longer
/// kills the process but raises `cancellation`, so every search stops at its next iteration and the
/// command can say what was done and write nothing. Only for the real process
/// (`CommandContext.handlesInterrupts`); tests running commands in-process keep their signals.
final class InterruptWatch: @unchecked Sendable {
    /// Raised on the first SIGINT.
    let cancellation = SolverCancellation()
    private var source: DispatchSourceSignal?

    /// Starts watching when `context` is the real process; `onInterrupt` runs once, on a
    /// background queue, when SIGINT arrives.
    init(context: CommandContext, onInterrupt: @escaping @Sendable () -> Void) {
        guard context.handlesInterrupts else { return }
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        let cancellation = cancellation
        source.setEventHandler {
            guard !cancellation.isCancelled else { return }
            cancellation.cancel()
            onInterrupt()
        }
        source.resume()
        self.source = source
    }

    /// Stops watching: SIGINT kills the process again.
    func stop() {
        guard let source else { return }
        source.cancel()
        self.source = nil
        signal(SIGINT, SIG_DFL)
    }
}
