import ArgumentParser
import TagDeskCore
import TagDeskPlugins

extension TagDesk {
    struct Facts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compute the corpus-wide facts (template lines repeated across articles) into the cache.",
            discussion: """
                'classify' reads the facts from the corpus's .tagdesk/facts/ folder when they were computed \
                with the same rules over the corpus as it is, and computes them otherwise. Build them once \
                before running shards, or build them sharded too:

                  tagdesk facts build --shard 0/4    (one per task, K = 0 … 3)
                  tagdesk facts merge 4              (once every part is there)

                \(ExitStatus.meanings) Here, the check that fails with 1 is the merge's: a part is missing.
                """,
            subcommands: [Build.self, Merge.self]
        )

        struct Build: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Compute the facts and store them in the cache (or one shard's part of them).")

            @OptionGroup var corpus: CorpusOptions

            @Option(help: ArgumentHelp("Collect only the articles of shard K of N and store that part.", valueName: "K/N"))
            var shard: ShardArgument?

            func run() throws {
                let (found, pass) = try corpus.load()
                _ = FactsStage(corpus: found, pass: pass).facts(useCache: false, writeCache: true, shard: shard?.shard,
                                                                 progress: Output.progress())
                let what = shard.map { "part \($0.shard.index)/\($0.shard.count) of the facts" } ?? "the facts"
                let articles = found.articleIDs.isEmpty && !found.documentFiles.isEmpty
                    ? "the documents of \(found.documentFiles.count) JSON Lines files" : "\(found.articleIDs.count) articles"
                Output.print("\(found.displayPath)/.tagdesk/facts: stored \(what) of \(articles)\n")
            }
        }

        struct Merge: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Merge the parts stored by 'facts build --shard K/N' for every K into the cache.")

            @OptionGroup var corpus: CorpusOptions

            @Argument(help: "N, the number of shards.")
            var shards: Int

            func validate() throws {
                if shards < 1 { throw ValidationError("the number of shards must be at least 1") }
            }

            func run() throws {
                let (found, pass) = try corpus.load()
                let missing = FactsStage(corpus: found, pass: pass).merge(shards: shards)
                guard missing.isEmpty else {
                    for (classifier, parts) in missing.sorted(by: { $0.key < $1.key }) {
                        Output.error("error: \(classifier): no part of the facts for shards \(parts.map(String.init).joined(separator: ", ")) "
                            + "with the current rules and corpus; run 'tagdesk facts build --shard K/\(shards)' for them")
                    }
                    throw ExitCode(ExitStatus.checkFailed.rawValue)
                }
                Output.print("\(found.displayPath)/.tagdesk/facts: merged \(shards) parts\n")
            }
        }
    }
}
