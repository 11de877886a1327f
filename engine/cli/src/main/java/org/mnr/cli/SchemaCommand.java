package org.mnr.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mnr.catalogue.schema.AuthoringSchemas;
import org.mnr.catalogue.schema.EvidenceSchema;
import org.mnr.catalogue.schema.ResultSchema;
import org.mnr.engine.MaturityEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mnr schema}: the JSON Schemas of evidence and result files. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write a JSON Schema (draft 2020-12), so that an editor completes and checks a file as it is typed.",
            "The evidence schema is generated from the packs' vocabularies: every key with its type, allowed values, "
                + "range and description; without --variant it allows the keys of the base pack and of every installed "
                + "variant, with --variant those of the base pack and the named variants only. Point a file at it with "
                + "\"$schema\".",
            "The result schema describes the format mnr score writes; it is generated from the result records.",
            "The pack, vocabulary and criteria schemas describe the files a framework designer edits (pack.yaml, "
                + "vocabulary.yaml, criteria files); the criteria schema offers the evidence keys of the loaded packs for "
                + "completion.",
            "The instruments and translation schemas describe a pack's instruments.yaml and its translation files "
                + "(i18n/fr.yaml, i18n/es.yaml)."
        },
        footer = {"", "Examples: mnr schema -o docs/schema/evidence.schema.json",
            "          mnr schema --kind result -o docs/schema/result.schema.json",
            "          mnr schema --kind criteria -o docs/schema/criteria.schema.json", "",
            "Exit codes: 0 done, 2 usage, 1 anything else."})
final class SchemaCommand implements Callable<Integer> {

    @Mixin
    private LanguageOption language;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "evidence", description = "Which schema to write: evidence (the default), result, pack, vocabulary, criteria, instruments or translation.")
    private Kind kind;

    @Option(names = "--variant", paramLabel = "ID",
            description = "Allow only these variants' keys besides the base pack's (repeatable); evidence schema only.")
    private List<String> variants = new ArrayList<>();

    @Mixin
    private OutputOption output;

    @Mixin
    private PackOptions packOptions;

    @Spec
    private CommandSpec spec;

    /** The files a schema describes. */
    enum Kind {
        /** Evidence files. */
        EVIDENCE,
        /** Result files. */
        RESULT,
        /** Pack descriptors, pack.yaml. */
        PACK,
        /** Evidence vocabularies, vocabulary.yaml. */
        VOCABULARY,
        /** Criteria files. */
        CRITERIA,
        /** Instruments files, instruments.yaml. */
        INSTRUMENTS,
        /** Translation files of a pack's texts. */
        TRANSLATION
    }

    /** The evidence keys of the loaded packs, sorted, for the criteria schema to offer. */
    private List<String> keys() {
        return packOptions.engine().packs().stream().flatMap(p -> p.vocabulary().stream()).filter(k -> !k.retired())
                .map(k -> k.key()).sorted().toList();
    }

    @Override
    public Integer call() {
        String schema;
        if (kind != Kind.EVIDENCE && kind != Kind.RESULT) {
            if (!variants.isEmpty()) {
                throw UsageException.of("msg.schema.variant-kind", kind.name().toLowerCase(java.util.Locale.ROOT));
            }
            schema = switch (kind) {
                case PACK -> AuthoringSchemas.pack();
                case VOCABULARY -> AuthoringSchemas.vocabulary();
                case INSTRUMENTS -> AuthoringSchemas.instruments();
                case TRANSLATION -> AuthoringSchemas.translation();
                default -> AuthoringSchemas.criteria(keys());
            };
        } else if (kind == Kind.RESULT) {
            if (!variants.isEmpty()) {
                throw UsageException.of("msg.schema.variant-result");
            }
            schema = ResultSchema.build();
        } else {
            MaturityEngine engine = packOptions.engine();
            VariantChoice.check(engine, variants);
            schema = EvidenceSchema.build(engine, variants);
        }
        output.write(spec, schema);
        return ExitCodes.OK;
    }
}
