import Diagnostics

// `Result<_, Diagnostic>` needs `Diagnostic: Error`. Diagnostics is not ours to change; if it ever
// declares the conformance itself, delete this file.
extension Diagnostic: Error {}
