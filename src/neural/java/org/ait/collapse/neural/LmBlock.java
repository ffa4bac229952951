package org.ait.collapse.neural;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One LSTM layer and a linear read-out: input (batch, time, vocabulary) one-hot with the LSTM state (h, c), output
 * (logits (batch, time, outputs), h, c), so that sampling can feed one symbol at a time.
 */
final class LmBlock extends AbstractBlock {

    private final LSTM lstm;
    private final Linear readout;

    LmBlock(int hidden, int outputs) {
        super((byte) 1);
        this.lstm = addChildBlock("lstm", LSTM.builder().setStateSize(hidden).setNumLayers(1).optBatchFirst(true)
                .optReturnState(true).build());
        this.readout = addChildBlock("readout", Linear.builder().setUnits(outputs).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDList state = lstm.forward(store, inputs, training, params);
        NDList logits = readout.forward(store, new NDList(state.get(0)), training, params);
        return new NDList(logits.head(), state.get(1), state.get(2));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] s = lstm.getOutputShapes(inputShapes);
        Shape[] o = readout.getOutputShapes(new Shape[] {s[0]});
        return new Shape[] {o[0], s[1], s[2]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        lstm.initialize(manager, dataType, inputShapes);
        readout.initialize(manager, dataType, lstm.getOutputShapes(inputShapes)[0]);
    }
}
