using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Import.Activities;

namespace WorkoutGenerator.Import.Fit.Reading;

/// <summary>Reads a FIT workout file back into a <see cref="FitWorkout"/> (the round trip of <see cref="Fit.Writing.FitWorkoutEncoder"/>).</summary>
public static class FitWorkoutReader
{
    /// <summary>Throws <see cref="ActivityReadException"/> for anything that is not a valid workout file.</summary>
    public static FitWorkout Read(ReadOnlySpan<byte> file)
    {
        var sink = new Sink();
        FitDecoder.Decode(file, sink);
        if (sink.Type != 5)
        {
            throw new ActivityReadException($"The file_id type is {sink.Type?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"}, not 5 (workout).");
        }

        return new FitWorkout(sink.Name ?? string.Empty, (FitWorkoutSport)(sink.Sport ?? 0), sink.Steps.OrderBy(s => s.Index).Select(s => s.Step).ToList(), sink.Created ?? FitProfile.Epoch);
    }

    private sealed class Sink : IFitMessageSink
    {
        public int? Type { get; private set; }

        public DateTimeOffset? Created { get; private set; }

        public string? Name { get; private set; }

        public int? Sport { get; private set; }

        public List<(int Index, FitWorkoutStep Step)> Steps { get; } = [];

        public void OnMessage(FitMessage m)
        {
            switch (m.Global)
            {
                case FitProfile.FileId:
                    Type = Int(m[0]);
                    Created = FitProfile.Time(m[4]);
                    break;
                case FitProfile.Workout:
                    Name = m.Text(8);
                    Sport = Int(m[4]);
                    break;
                case FitProfile.WorkoutStep:
                    Steps.Add(((Int(m[254]) ?? Steps.Count), Step(m)));
                    break;
            }
        }

        private static int? Int(double? value) => value is { } v && v is >= int.MinValue and <= int.MaxValue ? (int)v : null;

        private static FitWorkoutStep Step(FitMessage m)
        {
            var type = Int(m[1]);
            if (type == 6)
            {
                return new FitRepeatStep((Int(m[2]) ?? 0), (Int(m[4]) ?? 0));
            }

            var length = type switch
            {
                0 when m.Scaled(2, 1000) is { } s => FitStepLength.Of(Duration.FromSeconds(s)),
                1 when m.Scaled(2, 100) is { } d => FitStepLength.Of(Distance.FromMeters(d)),
                _ => FitStepLength.Open,
            };
            var speed = Int(m[3]) == 0;
            return new FitIntervalStep(length, (FitIntensity)(Int(m[7]) ?? 0), speed ? m.Scaled(5, 1000) : null, speed ? m.Scaled(6, 1000) : null, m.Text(0));
        }
    }
}
