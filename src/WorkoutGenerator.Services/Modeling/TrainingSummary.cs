using ModelMemberSummary = WorkoutGenerator.Model.Transformer.MemberSummary;
using ModelTrainingSummary = WorkoutGenerator.Model.Transformer.TrainingSummary;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>How a whole training ended; <see cref="Cancelled"/> when it stopped early on request, keeping the best weights so far.</summary>
public sealed record TrainingSummary(IReadOnlyList<MemberSummary> Members, bool Cancelled)
{
    internal static TrainingSummary From(ModelTrainingSummary summary) => new([.. summary.Members.Select(MemberSummary.From)], summary.Cancelled);
}

/// <summary>How one ensemble member's training ended.</summary>
/// <param name="BestEpoch">The epoch whose weights were kept (1-based; 0: no epoch beat the pre-trained weights).</param>
public sealed record MemberSummary(int Seed, int EpochsRun, int BestEpoch, double? BestValidationMaeSecondsPerKm)
{
    internal static MemberSummary From(ModelMemberSummary member) => new(member.Seed, member.EpochsRun, member.BestEpoch, member.BestValidationMaeSecondsPerKm);
}
