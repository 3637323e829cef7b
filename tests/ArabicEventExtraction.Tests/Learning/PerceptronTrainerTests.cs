using ArabicEventExtraction.Learning;

namespace ArabicEventExtraction.Tests.Learning;

public class PerceptronTrainerTests
{
    [Fact]
    public void Learns_a_separable_toy_problem()
    {
        var train = ToyCorpus.Sentences(60, seed: 1);
        var test = ToyCorpus.Sentences(30, seed: 2);

        var model = PerceptronTrainer.Train(train, null, new TrainingOptions { Epochs = 5 }).Model;

        foreach (var sentence in test) Assert.Equal(sentence.Tags, model.Tag(sentence.Tokens));
    }

    [Fact]
    public void Unseen_names_in_a_known_frame_are_still_tagged()
    {
        var model = PerceptronTrainer.Train(ToyCorpus.Sentences(80, seed: 3), null, new TrainingOptions { Epochs = 8 }).Model;

        var tags = model.Tag(["قال", "الهلال", "الأحمر", "إن", "قصف", "وقع", "في", "تدمر", "."]);

        Assert.Equal("B-LOC", tags[7]);
    }

    [Fact]
    public void Same_data_and_seed_give_byte_identical_model_files()
    {
        var train = ToyCorpus.Sentences(50, seed: 4);
        var dev = ToyCorpus.Sentences(10, seed: 5);
        var options = new TrainingOptions { Epochs = 4, Seed = 7 };

        var first = Save(PerceptronTrainer.Train(train, dev, options).Model);
        var second = Save(PerceptronTrainer.Train(train.ToList(), dev.ToList(), options).Model);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Reports_every_epoch_and_stops_early_on_dev()
    {
        var reports = new List<EpochReport>();
        var result = PerceptronTrainer.Train(ToyCorpus.Sentences(40, seed: 6), ToyCorpus.Sentences(10, seed: 7),
            new TrainingOptions { Epochs = 30, Patience = 2 }, reports.Add);

        Assert.Equal(result.Epochs, reports);
        var scored = reports.Where(r => !r.Stage.Contains("fold")).GroupBy(r => r.Stage).ToList();
        Assert.Equal(["first layer", "second layer"], scored.Select(g => g.Key));
        Assert.All(scored, stage => Assert.True(stage.Count() < 30, $"{stage.Key} ran {stage.Count()} epochs"));
        Assert.All(scored.SelectMany(g => g), r => Assert.NotNull(r.DevMicroF1));
        Assert.Equal(1.0, result.Dev!.Micro.F1);
        Assert.Equal(1.0, result.Model.Metadata.DevF1["micro"]);
    }

    [Fact]
    public void A_document_window_of_zero_trains_a_single_layer()
    {
        var options = new TrainingOptions { Epochs = 3, Features = new FeatureSettings { DocumentWindow = 0 } };

        var model = PerceptronTrainer.Train(ToyCorpus.Sentences(30, seed: 9), null, options).Model;

        Assert.Null(model.Second);
        Assert.Equal(0, model.Metadata.Features.DocumentWindow);
    }

    [Fact]
    public void The_second_layer_remembers_a_name_tagged_earlier_in_the_document()
    {
        var train = ToyCorpus.Sentences(80, seed: 10);
        var model = PerceptronTrainer.Train(train, null, new TrainingOptions { Epochs = 6 }).Model;

        Assert.NotNull(model.Second);
        var tags = model.TagDocument([["قال", "الهلال", "الأحمر", "إن", "قصف", "وقع", "في", "تدمر", "."]]);
        Assert.Equal("B-LOC", tags[0][7]);
    }

    [Fact]
    public void Metadata_records_the_data_labels_and_settings()
    {
        var train = ToyCorpus.Sentences(20, seed: 8);

        var meta = PerceptronTrainer.Train(train, null, new TrainingOptions { Epochs = 2, Created = "2026-11-22T05:00:00Z" }).Model.Metadata;

        Assert.Equal(["O", "B-LOC", "I-LOC", "B-ORG", "I-ORG"], meta.Labels);
        Assert.Equal(TaggedDataHash.Of(train), meta.TrainingDataSha256);
        Assert.Equal(64, meta.TrainingDataSha256.Length);
        Assert.Equal("2026-11-22T05:00:00Z", meta.Created);
        Assert.Equal(TaggerModelFile.FormatVersion, meta.FormatVersion);
        Assert.Equal(2, meta.Features.Window);
    }

    private static byte[] Save(TaggerModel model)
    {
        using var stream = new MemoryStream();
        TaggerModelFile.Save(model, stream);
        return stream.ToArray();
    }
}
