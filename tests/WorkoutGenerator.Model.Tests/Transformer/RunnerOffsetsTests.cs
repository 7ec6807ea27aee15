using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Model.Tests.Transformer;

/// <summary>The runner's remaining offsets: the median error per question, shrunk by how few runs measured it.</summary>
public sealed class RunnerOffsetsTests
{
    private static readonly PaceSlot Unplanned = new(DateTimeOffset.UnixEpoch, default, 1);

    [Fact]
    public void Should_take_each_types_median_error_shrunk_by_its_count()
    {
        // Given ten tempo runs the network answered 10 s/km too slow, one outlier among them, and two easy runs
        List<(WorkoutType, double, double)> errors =
        [
            .. Enumerable.Repeat((WorkoutType.Tempo, 4.0, -10.0), 9),
            (WorkoutType.Tempo, 4.0, 300.0),
            (WorkoutType.Easy, 4.0, 6.0),
            (WorkoutType.Easy, 4.0, 8.0),
        ];

        // When the offsets are fitted with a shrinkage of ten runs
        var offsets = RunnerOffsets.Fit(errors, shrinkRuns: 10);

        // Then the outlier does not move the median, and fewer runs shrink more
        Assert.Equal(-10.0 * 10 / 20, offsets.ByPlannedType[WorkoutType.Tempo], 9);
        Assert.Equal(7.0 * 2 / 12, offsets.ByPlannedType[WorkoutType.Easy], 9);
        Assert.Equal(4.0 * 12 / 22, offsets.Unplanned, 9);
    }

    [Fact]
    public void Should_answer_each_question_with_its_own_offset_and_nothing_for_a_type_never_run()
    {
        var offsets = RunnerOffsets.Fit([(WorkoutType.Long, 3.0, 5.0)], shrinkRuns: 0);

        Assert.Equal(3.0, offsets.For(Unplanned), 9);
        Assert.Equal(5.0, offsets.For(Unplanned with { Planned = new PlanCondition(WorkoutType.Long, Distance.FromKilometers(20)) }), 9);
        Assert.Equal(0.0, offsets.For(Unplanned with { Planned = new PlanCondition(WorkoutType.Interval, Distance.FromKilometers(8)) }), 9);
    }

    [Fact]
    public void Should_leave_out_errors_that_are_not_numbers()
    {
        var offsets = RunnerOffsets.Fit([(WorkoutType.Easy, double.NaN, 2.0), (WorkoutType.Easy, 4.0, double.PositiveInfinity)], shrinkRuns: 0);

        Assert.Equal(4.0, offsets.Unplanned, 9);
        Assert.Equal(2.0, offsets.ByPlannedType[WorkoutType.Easy], 9);
    }

    [Fact]
    public void Should_refuse_a_negative_shrinkage()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RunnerOffsets.Fit([], shrinkRuns: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TransformerTrainingOptions { OffsetShrinkRuns = double.NaN }.Validate());
    }
}
