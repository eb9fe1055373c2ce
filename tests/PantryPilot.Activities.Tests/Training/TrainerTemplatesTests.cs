using PantryPilot.Activities.Training;
using PantryPilot.Contracts.RecipeModel;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Tests.Training;

/// <summary>Which command a host runs for preference pairs: mlx-lm-lora's DPO trainer for Trainer=mlx-lm (its README:
/// `mlx_lm_lora.train --train-mode dpo`), Training:PreferenceCommand when set, and no guess for a custom command.</summary>
public class TrainerTemplatesTests
{
    [Fact]
    public void Preference_MlxLm_IsMlxLmLoraInDpoMode_WithTheSameFlags()
    {
        var options = new TrainerOptions { Trainer = "mlx-lm", BaseModel = "m" };

        var supervised = TrainerTemplates.For(options);
        var preference = TrainerTemplates.For(options, TrainMode.Preference);

        Assert.StartsWith("mlx_lm.lora --model {model} --train --data {data}", supervised, StringComparison.Ordinal);
        Assert.Equal("mlx_lm_lora.train --train-mode dpo " + supervised!["mlx_lm.lora ".Length..], preference);
        Assert.Equal(supervised, TrainerTemplates.For(options, TrainMode.Supervised));
    }

    [Fact]
    public void Preference_PreferenceCommand_WinsOverTheTrainersForm()
    {
        var options = new TrainerOptions { Trainer = "mlx-lm", BaseModel = "m", PreferenceCommand = "dpo.sh --data {data}" };

        Assert.Equal("dpo.sh --data {data}", TrainerTemplates.For(options, TrainMode.Preference));
    }

    [Fact]
    public void Preference_CustomCommandWithoutPreferenceCommand_RefusedNamingTheSetting()
    {
        var options = new TrainerOptions { Command = "train.sh --data {data}", BaseModel = "m" };

        Assert.Null(TrainerTemplates.For(options, TrainMode.Preference));
        var e = Assert.Throws<ApplicationFailureException>(() => new TrainingSupervisor(options).CheckTrainer(TrainMode.Preference));
        Assert.Contains("set Training:PreferenceCommand beside Training:Command", e.Message, StringComparison.Ordinal);
    }
}
