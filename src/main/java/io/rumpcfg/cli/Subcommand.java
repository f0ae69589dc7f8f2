package io.rumpcfg.cli;

/**
 * The subcommands, in the order help lists them: each one's name, its {@link Usage}, and how
 * its {@link Command} is made from a command line that fits that usage. A run initialises only
 * the class of the command it names.
 */
enum Subcommand {
    VALIDATE("validate"),
    PLAN("plan"),
    RUN("run"),
    XEN_WRITE("xen-write"),
    SCHEMA("schema"),
    CONVERT("convert"),
    LAUNCH("launch"),
    IMAGE("image");

    private final String token;

    Subcommand(String token) {
        this.token = token;
    }

    /** The name the user types after {@code rumpcfg}. */
    String token() {
        return token;
    }

    /** What the command takes and its help. */
    Usage usage() {
        return switch (this) {
            case VALIDATE -> ValidateCommand.USAGE;
            case PLAN -> PlanCommand.USAGE;
            case RUN -> RunCommand.USAGE;
            case XEN_WRITE -> XenWriteCommand.USAGE;
            case SCHEMA -> SchemaCommand.USAGE;
            case CONVERT -> ConvertCommand.USAGE;
            case LAUNCH -> LaunchCommand.USAGE;
            case IMAGE -> ImageCommand.USAGE;
        };
    }

    /** The command for {@code args}; a {@link UsageError} when they are wrong in a way only it can tell. */
    Command command(Args args) {
        return switch (this) {
            case VALIDATE -> new ValidateCommand(args);
            case PLAN -> new PlanCommand(args);
            case RUN -> new RunCommand(args);
            case XEN_WRITE -> new XenWriteCommand(args);
            case SCHEMA -> new SchemaCommand(args);
            case CONVERT -> new ConvertCommand(args);
            case LAUNCH -> new LaunchCommand(args);
            case IMAGE -> new ImageCommand(args);
        };
    }
}
