/// Command-line arguments of `tagdesk-bench`.
struct BenchOptions {
    /// `--runs 1` makes exactly one end-to-end pass (read + normalize + match), so the process time is the figure;
    /// more runs add in-memory medians of each stage.
    static let usage = "usage: tagdesk-bench CORPUS_DIR LEXICON_FILE [--runs N]"

    var corpus: String
    var lexicon: String
    var runs = 5

    init?(_ arguments: [String]) {
        var positional: [String] = []
        var runs = 5
        var index = 0
        while index < arguments.count {
            if arguments[index] == "--runs" {
                guard index + 1 < arguments.count, let value = Int(arguments[index + 1]), value > 0 else { return nil }
                runs = value
                index += 2
            } else {
                positional.append(arguments[index])
                index += 1
            }
        }
        guard positional.count == 2 else { return nil }
        self.corpus = positional[0]
        self.lexicon = positional[1]
        self.runs = runs
    }
}
