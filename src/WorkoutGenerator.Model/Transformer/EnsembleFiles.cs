namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// The weight files of an ensemble's members in a model folder: one per member, in member order, in TorchSharp's
/// format (<c>Module.save</c>). Reading builds each member with the architecture it was saved with; a missing or
/// unreadable file is a <see cref="Domain.Errors.UserFacingException"/> whose where is that file, and the members built before it are freed.
/// </summary>
internal static class EnsembleFiles
{
    /// <summary>The weight file of member <paramref name="index"/>.</summary>
    public static string Of(string directory, int index) => Path.Combine(directory, $"member-{index}.bin");

    public static void Write(string directory, IReadOnlyList<PaceTransformer> members)
    {
        Directory.CreateDirectory(directory);
        for (var m = 0; m < members.Count; m++)
        {
            members[m].save(Of(directory, m));
        }
    }

    /// <summary>The <paramref name="count"/> members saved in <paramref name="directory"/>, which the caller owns.</summary>
    public static List<PaceTransformer> Read(string directory, PaceTransformerOptions architecture, int count)
    {
        var members = new List<PaceTransformer>(count);
        try
        {
            for (var m = 0; m < count; m++)
            {
                members.Add(ReadMember(architecture, Of(directory, m), m));
            }

            return members;
        }
        catch
        {
            foreach (var member in members)
            {
                member.Dispose();
            }

            throw;
        }
    }

    private static PaceTransformer ReadMember(PaceTransformerOptions architecture, string file, int index)
    {
        if (!File.Exists(file))
        {
            throw DamagedModel.Error(file, $"the weights of ensemble member {index + 1} are missing");
        }

        var member = new PaceTransformer(architecture);
        try
        {
            member.load(file);
            member.eval();
            return member;
        }
        catch (Exception e) when (e is ArgumentException or IOException or FormatException or OverflowException or InvalidDataException)
        {
            member.Dispose();
            throw DamagedModel.Error(file, $"the weights do not fit this model ({e.Message})", e);
        }
    }
}
