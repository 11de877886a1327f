package org.mnr.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.mnr.catalogue.Catalogue;
import org.mnr.catalogue.CatalogueBuilder;
import org.mnr.catalogue.CsvCatalogue;
import org.mnr.catalogue.MarkdownCatalogue;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.result.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mnr catalogue}: the criteria catalogue, generated from the packs' criteria. */
@Command(
        name = "catalogue",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write the criteria catalogue of the installed packs.",
            "It is generated from their criteria: per domain and capability, each level's criteria with their id, "
                + "title, weight and condition (in words; in JSON as the model's forms under \"when\", with the vocabulary), "
                + "the evidence keys they read (type, allowed values, range, description) and the capabilities they depend "
                + "on. A hand-written rule is marked custom: drl.",
            "Without --variant, it writes the base pack, then a section per installed variant with what it adds, "
                + "replaces and waives.",
            "With --variant, those variants' changes are applied inline, each marked. The same packs give the same bytes."
        },
        footer = {"", "Example: mnr catalogue -o docs/catalogue.md", "",
            "Exit codes: 0 done, 2 usage (an unknown variant, or two variants that change the same criterion), 1 anything else."})
final class CatalogueCommand implements Callable<Integer> {

    @Mixin
    private LanguageOption language;

    @Option(names = "--variant", paramLabel = "ID", description = "Apply this variant's changes inline (repeatable), e.g. coe.")
    private List<String> variants = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "The form of the catalogue: md (the default) is Markdown for people, json is for tools, and csv has one row "
                    + "per criterion.")
    private Format format;

    @Mixin
    private OutputOption output;

    @Mixin
    private PackOptions packOptions;

    @Spec
    private CommandSpec spec;

    /** The forms of the catalogue. */
    enum Format {
        /** Markdown. */
        MD(MarkdownCatalogue::render),
        /** JSON, as the catalogue's records. */
        JSON(ResultJson::write),
        /** CSV, one row per criterion. */
        CSV(CsvCatalogue::render);

        private final Function<Catalogue, String> renderer;

        Format(Function<Catalogue, String> renderer) {
            this.renderer = renderer;
        }
    }

    @Override
    public Integer call() {
        MaturityEngine engine = packOptions.engine();
        VariantChoice.check(engine, variants);
        Catalogue catalogue;
        try {
            catalogue = new CatalogueBuilder(engine).build(variants);
        } catch (PackException e) {
            throw new UsageException(CliHints.message(e));
        }
        output.write(spec, format.renderer.apply(catalogue));
        return ExitCodes.OK;
    }
}
